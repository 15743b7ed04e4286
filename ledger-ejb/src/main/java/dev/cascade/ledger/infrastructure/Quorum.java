package dev.cascade.ledger.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.infinispan.Cache;
import org.infinispan.factories.ComponentRegistry;
import org.infinispan.partitionhandling.AvailabilityMode;
import org.infinispan.remoting.transport.Address;
import org.infinispan.transaction.impl.TransactionTable;

/**
 * Whether a majority of the cluster's configured nodes ({@link LedgerSettings#quorum}) is in view,
 * and the replicated caches with it.
 *
 * <p>Infinispan counts its majority against the last stable view, not the configured size, and a
 * cache that lost its majority to crashed nodes stays degraded (it refuses every read and write)
 * until an operator makes it available again, even once the nodes have restarted: it sees them as
 * new members, not as the ones it lost. Cascade counts against the configured size instead. When a
 * majority of the configured nodes is in view again, no other partition can hold one, and what this
 * node's part of the cluster holds is the chain (a minority never writes a block): the caches are
 * made available again, and the nodes that came back receive what they missed.
 */
@ApplicationScoped
public class Quorum {

  private static final Logger LOG = Logger.getLogger(Quorum.class.getName());

  /** How often a node waiting for the majority looks again, and says so. */
  private static final Duration LOOK = Duration.ofMillis(500);

  private static final Duration SAY = Duration.ofSeconds(10);

  @Resource(lookup = LedgerResources.LEDGER_CACHE)
  private Cache<String, byte[]> ledger;

  @Resource(lookup = LedgerResources.CUSTODY_CACHE)
  private Cache<String, byte[]> custody;

  @Resource(lookup = LedgerResources.DIAGNOSTICS_CACHE)
  private Cache<String, String> diagnostics;

  @Inject private LedgerSettings settings;

  /** How many members of the cluster this node sees, itself included. */
  public int inView() {
    List<?> members = ledger.getCacheManager().getMembers();
    return members == null ? 1 : members.size();
  }

  /**
   * Whether a majority of the cluster's configured nodes is in view and the ledger cache is
   * available: blocks may be produced.
   */
  public boolean quorate() {
    return inView() >= settings.quorum() && available(ledger);
  }

  /**
   * Makes the caches available again where Infinispan left them degraded although a majority of the
   * configured nodes is in view (see the class comment); does nothing otherwise.
   *
   * @return whether the ledger cache is available
   */
  public boolean restore() {
    if (available(ledger) && available(custody) && available(diagnostics)) {
      return true;
    }
    int inView = inView();
    if (inView < settings.quorum()) {
      return available(ledger);
    }
    if (!settings.clusterSizeConfigured() || inView > settings.clusterSize()) {
      // a size taken as 1, or too small for what is in view: its "majority" proves nothing
      if (!misconfigured) {
        misconfigured = true;
        LOG.severe(
            "The ledger's caches are degraded and "
                + inView
                + " nodes are in view, but the cluster's size is "
                + (settings.clusterSizeConfigured()
                    ? settings.clusterSize() + ", fewer than that"
                    : "not configured")
                + ": they are not made available again. Set cascade.cluster.size (or"
                + " cascade.cluster.members) to the number of nodes on every node");
      }
      return available(ledger);
    }
    for (Cache<?, ?> cache : List.of(ledger, custody, diagnostics)) {
      if (!available(cache)) {
        LOG.warning(
            "The "
                + cache.getName()
                + " cache was degraded after the cluster lost its majority; "
                + inView
                + " of its "
                + settings.clusterSize()
                + " nodes are in view again (the quorum is "
                + settings.quorum()
                + "): made available, the nodes that came back receive what they missed");
        cache.getAdvancedCache().setAvailability(AvailabilityMode.AVAILABLE);
      }
    }
    return available(ledger);
  }

  /**
   * Waits until the ledger cache is available, making it so as soon as a majority of the cluster's
   * nodes is in view ({@link #restore}): a node that starts while the others it sees lost their
   * majority opens its ledger once enough nodes are back. Says every 10 s what it waits for.
   *
   * @throws IllegalStateException when {@code wait} passes first, saying how many nodes it saw
   */
  public void awaitAvailable(Duration wait) {
    Instant start = Instant.now();
    Instant said = start;
    while (!restoredOrSaid()) {
      Instant now = Instant.now();
      if (now.isAfter(start.plus(wait))) {
        throw new IllegalStateException(
            "The ledger cache is not available: "
                + inView()
                + " of the cluster's "
                + settings.clusterSize()
                + " nodes in view, fewer than the majority of "
                + settings.quorum()
                + " that the ledger needs; waited "
                + wait.toSeconds()
                + " s. Start the cluster's other nodes, then this one again.");
      }
      if (now.isAfter(said.plus(SAY))) {
        said = now;
        LOG.info(
            "Waiting for a majority of the cluster ("
                + settings.quorum()
                + " of "
                + settings.clusterSize()
                + " nodes) to open the ledger: "
                + inView()
                + " in view");
      }
      try {
        Thread.sleep(LOOK.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the cluster's majority", e);
      }
    }
  }

  /** Whether the cluster's size was found unusable for restoring the caches (said once). */
  private volatile boolean misconfigured;

  /** How many transactions of departed members this node held when it last looked. */
  private int departed;

  /**
   * Rolls back the ledger transactions that members no longer in view left open on this node, as
   * Infinispan does itself when the view changes, if Infinispan agrees they can be (its stable
   * topology no longer has their member, and the cache is available): see the class comment.
   */
  public synchronized void releaseDeparted() {
    TransactionTable table =
        ComponentRegistry.componentOf(ledger.getAdvancedCache(), TransactionTable.class);
    List<Address> members = ledger.getCacheManager().getMembers();
    if (table == null || members == null) {
      return; // not clustered, or not transactional
    }
    int orphans =
        (int)
            table.getRemoteGlobalTransaction().stream()
                .filter(tx -> !members.contains(tx.getAddress()))
                .count();
    if (orphans > 0) {
      if (orphans != departed) { // said once, not every second
        LOG.info(
            orphans
                + " ledger transactions of members that left the cluster are open here; rolling"
                + " them back as soon as Infinispan's topology has dropped their members");
      }
      table.cleanupLeaverTransactions(members); // rolls back asynchronously
    }
    departed = orphans;
  }

  /** {@link #restore}, with a failure to make the caches available said and waited out. */
  private boolean restoredOrSaid() {
    try {
      return restore();
    } catch (RuntimeException e) {
      LOG.warning("Making the ledger's caches available again failed; trying again: " + e);
      return false;
    }
  }

  private static boolean available(Cache<?, ?> cache) {
    return cache.getAdvancedCache().getAvailability() == AvailabilityMode.AVAILABLE;
  }
}
