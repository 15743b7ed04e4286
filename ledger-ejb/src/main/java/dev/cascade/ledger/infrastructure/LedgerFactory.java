package dev.cascade.ledger.infrastructure;

import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.validation.Programmes;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;

/**
 * The node's one {@link Ledger} over the replicated ledger cache. The cache proxy joins whatever
 * JTA transaction the caller runs in; the compiled contracts are kept per node.
 */
@ApplicationScoped
public class LedgerFactory {

  /** As long as the cache waits for a lock ({@code acquire-timeout} of the ledger cache). */
  private static final long WRITER_TIMEOUT_SECONDS = 30;

  /** Marks the JTA transaction that holds this node's writer. */
  private static final Object WRITING = LedgerFactory.class.getName() + ".writing";

  @Resource(lookup = LedgerResources.LEDGER_CACHE)
  private Cache<String, byte[]> cache;

  @Resource private TransactionSynchronizationRegistry transactions;

  @Inject private LedgerSettings settings;

  private InfinispanLedgerStore store;
  private Ledger ledger;

  /**
   * This node's writer: held from {@link #writer()} until the transaction has ended and the
   * ledger's memory has followed it. The cache is an XA resource ({@code FULL_XA}), so it has
   * committed or rolled back, and released its lock, before that.
   */
  private final Semaphore writer = new Semaphore(1, true);

  @PostConstruct
  void open() {
    store = new InfinispanLedgerStore(cache);
    ledger = new Ledger(settings.ledger(), store, new Programmes(), true);
  }

  /** The ledger, for reading: queries, signature checks. */
  public Ledger ledger() {
    return ledger;
  }

  /**
   * The ledger, for changing it in the caller's JTA transaction: takes this node's writer, then the
   * cluster-wide writer lock in the cache, both until the transaction ends; when it ends the ledger
   * is told whether it committed. Calling it again in the same transaction takes nothing more.
   *
   * @throws IllegalStateException when the writer cannot be had in time, or with no transaction
   */
  public Ledger writer() {
    if (transactions.getResource(WRITING) == null) {
      take();
      try {
        transactions.registerInterposedSynchronization(
            new Synchronization() {
              @Override
              public void beforeCompletion() {}

              @Override
              public void afterCompletion(int status) {
                try {
                  ledger.ended(status == Status.STATUS_COMMITTED);
                } finally {
                  writer.release();
                }
              }
            });
      } catch (RuntimeException e) {
        writer.release();
        throw e;
      }
      transactions.putResource(WRITING, Boolean.TRUE);
      store.lockWriter();
      ledger.begin();
    }
    return ledger;
  }

  private void take() {
    try {
      if (!writer.tryAcquire(WRITER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the ledger's writer lock could not be taken");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the ledger's writer", e);
    }
  }

  public InfinispanLedgerStore store() {
    return store;
  }
}
