package dev.cascade.ledger.service;

import dev.cascade.ledger.application.Keys;
import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.infrastructure.LedgerFactory;
import dev.cascade.ledger.infrastructure.LedgerResources;
import dev.cascade.ledger.infrastructure.Quorum;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.infinispan.Cache;
import org.infinispan.notifications.Listener;
import org.infinispan.notifications.cachelistener.annotation.CacheEntryCreated;
import org.infinispan.notifications.cachelistener.annotation.CacheEntryModified;
import org.infinispan.notifications.cachelistener.event.CacheEntryEvent;

/**
 * Keeps this node's world state up with the blocks other nodes of the cluster write: whenever the
 * replicated chain's head moves (or at the latest every {@value #LOOK_MILLIS} ms, since entries
 * that arrive by state transfer raise no event), the blocks beyond this node's head are applied and
 * checked, as at start, and the projection follows them. A block this node cannot apply (its state
 * root is not the one this node computes, say) is reported once, as an error naming the height and
 * why, and this node applies nothing after it: it never accepts a block silently.
 */
@Singleton
@Startup
@DependsOn("LedgerStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChainFollower {

  private static final Logger LOG = Logger.getLogger(ChainFollower.class.getName());

  /** How often the follower looks at the chain's head when no event woke it. */
  static final long LOOK_MILLIS = 1_000;

  @Resource(lookup = LedgerResources.LEDGER_CACHE)
  private Cache<String, byte[]> cache;

  @Resource private ManagedThreadFactory threads;
  @Inject private LedgerFactory ledgers;
  @Inject private Quorum quorum;
  @Inject private LedgerMetrics metrics;

  private final Object signal = new Object();
  private final HeadMoved listener = new HeadMoved(this::wake);
  private volatile boolean running;
  private boolean woken;
  private Optional<String> stuck = Optional.empty();
  private Thread follower;

  @PostConstruct
  void start() {
    cache.addListener(listener);
    running = true;
    follower = threads.newThread(this::run);
    follower.setName("cascade chain follower");
    follower.start();
  }

  @PreDestroy
  void stop() {
    cache.removeListener(listener);
    running = false;
    wake();
    try {
      follower.join(LOOK_MILLIS * 10);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Why this node stopped following the chain, if it did. */
  public Optional<String> stuck() {
    synchronized (signal) {
      return stuck;
    }
  }

  private void wake() {
    synchronized (signal) {
      woken = true;
      signal.notifyAll();
    }
  }

  private void run() {
    while (running) {
      synchronized (signal) {
        if (!woken) {
          try {
            signal.wait(LOOK_MILLIS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
        woken = false;
      }
      tend();
      synchronized (signal) {
        if (stuck.isPresent()) {
          continue;
        }
      }
      follow();
    }
  }

  /**
   * Looks after the cluster's majority and the transactions dead members left open ({@link
   * Quorum}), on a node that stopped following the chain too: a dead producer's open block would
   * otherwise hold every producer back for a minute or more.
   */
  private void tend() {
    try {
      quorum.restore();
      quorum.releaseDeparted();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Looking after the cluster's majority failed; trying again", e);
    }
  }

  private void follow() {
    try {
      long applied = ledgers.follow(metrics::appliedOther);
      if (applied > 0) {
        LOG.fine(applied + " blocks written by other nodes applied");
      }
    } catch (Ledger.Refused e) {
      synchronized (signal) {
        stuck = Optional.of(e.getMessage());
      }
      LOG.severe(
          "ALARM: this node cannot apply the chain other nodes wrote, and applies nothing more: "
              + e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Following the chain failed; trying again", e);
    }
  }

  /**
   * Told when the chain's head entry is written on any node. Infinispan calls it in the thread that
   * made the change (a network thread for a change from another node): it only wakes the follower.
   */
  @Listener
  public static final class HeadMoved {
    private final Runnable wake;

    HeadMoved(Runnable wake) {
      this.wake = wake;
    }

    @CacheEntryCreated
    @CacheEntryModified
    public void moved(CacheEntryEvent<String, byte[]> event) {
      if (!event.isPre() && Keys.HEAD.equals(event.getKey())) {
        wake.run();
      }
    }
  }
}
