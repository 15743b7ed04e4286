package dev.cascade.ledger.application;

import dev.cascade.ledger.chain.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The transaction index worked out by reading every block: for a ledger without a query projection
 * (tests, tools), and for the blocks a projection does not show yet.
 */
public final class ChainScan implements TransactionIndex {

  private final Ledger ledger;
  private final long after;

  /** Reads the whole chain. */
  public ChainScan(Ledger ledger) {
    this(ledger, -1);
  }

  /** Reads only the blocks above {@code after}. */
  public ChainScan(Ledger ledger, long after) {
    this.ledger = ledger;
    this.after = after;
  }

  @Override
  public List<Indexed> about(Set<String> subjects, long height) {
    List<Indexed> found = new ArrayList<>();
    for (long h = after + 1; h <= height; h++) {
      Ledger.Described described = ledger.describe(ledger.storedBlock(h));
      Block block = described.block();
      List<Ledger.Entry> entries = described.entries();
      for (int i = 0; i < entries.size(); i++) {
        Ledger.Entry entry = entries.get(i);
        if (subjects.contains(entry.subject())) {
          found.add(
              new Indexed(
                  new Ledger.Location(h, i),
                  entry.operation(),
                  entry.signer(),
                  entry.subject(),
                  block.time()));
        }
      }
    }
    return found;
  }
}
