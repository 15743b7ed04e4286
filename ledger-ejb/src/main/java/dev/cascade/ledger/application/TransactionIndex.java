package dev.cascade.ledger.application;

import java.util.List;
import java.util.Set;

/**
 * Finds the sealed transactions about a subject (a certificate id, an enterprise name): what
 * happened to it, in which block, signed by whom. In the container the query projection keeps this
 * index; {@link ChainScan} works it out from the blocks themselves.
 */
public interface TransactionIndex {

  /**
   * The transactions about any of {@code subjects} in blocks 0 to {@code height}, in chain order.
   */
  List<Indexed> about(Set<String> subjects, long height);

  /**
   * A sealed transaction as the index knows it.
   *
   * @param operation its operation's event word ({@code transfer}), or the follow-up's
   * @param time its block's time
   */
  record Indexed(Ledger.Location at, String operation, String signer, String subject, long time) {}
}
