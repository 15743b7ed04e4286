package dev.cascade.ledger.infrastructure;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Whether this node is the cluster's block producer, as WildFly's clustered singleton service
 * elected it ({@link ProducerElection}): the election starts and stops the service on the elected
 * node, and tells every node whom it elected. One deployment of Cascade a server, so the election's
 * service and the deployment's beans share this through the deployment's class.
 */
public final class Election {

  private static final Logger LOG = Logger.getLogger(Election.class.getName());

  private static volatile boolean producing;
  private static volatile Optional<String> producer = Optional.empty();

  private Election() {}

  /** Whether the election made this node the block producer, and has not stopped it since. */
  public static boolean producing() {
    return producing;
  }

  /** The member the last election made the producer; empty while none has quorum. */
  public static Optional<String> producer() {
    return producer;
  }

  /** The singleton service started on this node: it produces the blocks from now on. */
  static void started() {
    producing = true;
    LOG.info("This node was elected the cluster's block producer");
  }

  /** The singleton service stopped on this node: it produces no block from now on. */
  static void stopped() {
    producing = false;
    LOG.info("This node no longer produces the cluster's blocks");
  }

  /** An election ended, on every node: {@code member} produces, or none (no quorum). */
  static void elected(Optional<String> member, int candidates, int quorum) {
    producer = member;
    if (member.isPresent()) {
      LOG.info(
          "Block producer elected: "
              + member.get()
              + ", of "
              + candidates
              + " members (quorum "
              + quorum
              + ")");
    } else {
      LOG.warning(
          "No block producer: "
              + candidates
              + " members in view, fewer than the quorum of "
              + quorum
              + "; the ledger takes no transaction until a majority is back");
    }
  }
}
