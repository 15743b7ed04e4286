package dev.cascade.ledger.infrastructure;

import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.application.Recovery;
import dev.cascade.ledger.application.Snapshots;
import dev.cascade.ledger.validation.Programmes;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.infinispan.Cache;

/**
 * The node's one {@link Ledger}: its chain in the replicated ledger cache, its world state in this
 * node's memory, opened at start from the newest good snapshot and the blocks after it ({@link
 * Recovery}), snapshotted now and then ({@link SnapshotTaker}). The cache proxy joins whatever JTA
 * transaction the caller runs in; the compiled contracts are kept per node.
 */
@ApplicationScoped
public class LedgerFactory {

  private static final Logger LOG = Logger.getLogger(LedgerFactory.class.getName());

  /** As long as the cache waits for a lock ({@code acquire-timeout} of the ledger cache). */
  private static final long WRITER_TIMEOUT_SECONDS = 30;

  /**
   * How long a node that starts waits for a majority of the cluster to open its ledger: less than
   * WildFly's deployment timeout (300 s), so that the start fails saying why.
   */
  private static final Duration QUORUM_WAIT = Duration.ofMinutes(4);

  /** Marks the JTA transaction that holds this node's writer. */
  private static final Object WRITING = LedgerFactory.class.getName() + ".writing";

  @Resource(lookup = LedgerResources.LEDGER_CACHE)
  private Cache<String, byte[]> cache;

  @Resource private TransactionSynchronizationRegistry transactions;

  @Resource private ManagedExecutorService executor;

  @Inject private LedgerSettings settings;
  @Inject private Quorum quorum;

  private InfinispanLedgerStore store;
  private Ledger ledger;
  private SnapshotTaker snapshots;
  private Recovery.Report opened;
  private final java.util.List<Runnable> stopping =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  /**
   * This node's writer: held from {@link #writer()} until the transaction has ended and the
   * ledger's memory has followed it. The cache is an XA resource ({@code FULL_XA}), so it has
   * committed or rolled back, and released its lock, before that.
   */
  private final Semaphore writer = new Semaphore(1, true);

  @PostConstruct
  void open() {
    quorum.awaitAvailable(QUORUM_WAIT);
    store = new InfinispanLedgerStore(cache);
    long started = System.nanoTime();
    Snapshots files = new Snapshots(settings.snapshotDirectory());
    Recovery.Opened opened =
        new Recovery(settings.ledger(), store, new Programmes(), true).open(files, LOG::info);
    opened.report().warnings().forEach(LOG::warning);
    ledger = opened.ledger();
    this.opened = opened.report();
    LOG.info(
        "Ledger opened at height "
            + ledger.head().map(b -> String.valueOf(b.height())).orElse("none (empty)")
            + opened.report().snapshot().stream()
                .mapToObj(h -> ", from the snapshot after block " + h)
                .findFirst()
                .orElse(", from genesis")
            + ", "
            + opened.report().applied()
            + " blocks applied, in "
            + (System.nanoTime() - started) / 1_000_000
            + " ms");
    snapshots =
        new SnapshotTaker(files, ledger, executor, settings, opened.report().snapshot().orElse(-1));
  }

  /** The node stops: its state is snapshotted, so that it starts again without replaying. */
  @PreDestroy
  void close() {
    stopping.forEach(Runnable::run);
    if (snapshots != null) {
      snapshots.stopping();
    }
  }

  /**
   * The projection shows every block up to {@code block}: a snapshot of the state after it may be
   * due.
   */
  public void projected(Ledger.AppliedBlock block) {
    snapshots.projected(block);
  }

  /**
   * Runs {@code task} when the node stops, before its last snapshot: so that what follows the chain
   * (the projection) can catch up to the state the snapshot will hold.
   */
  public void beforeStop(Runnable task) {
    stopping.add(task);
  }

  /** How the ledger was opened when this node started. */
  public Recovery.Report opened() {
    return opened;
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
      long caughtUp = ledger.catchUp(height -> {});
      if (caughtUp > 0) {
        LOG.warning(caughtUp + " stored blocks this node had not applied were applied now");
      }
      ledger.begin();
    }
    return ledger;
  }

  /**
   * Applies the blocks other nodes stored beyond this node's head, one at a time, each while this
   * node's writer is free (a node that is writing catches up as it takes the writer, and one that
   * follows a long backlog does not keep its own operations waiting): so a node follows the chain
   * as it grows, and answers queries from it, not only once it writes. Each block is checked as at
   * start: producer, link, Merkle root, every transaction, the state root.
   *
   * @return how many blocks were applied
   * @throws Ledger.Refused naming the height when a stored block cannot be applied
   */
  public long follow() {
    return follow(nanos -> {});
  }

  /**
   * {@link #follow()}, telling {@code took} how many nanoseconds each block took to check and
   * apply.
   */
  public long follow(java.util.function.LongConsumer took) {
    long applied = 0;
    while (ledger.storedHead().orElse(-1L) > ledger.head().map(b -> b.height()).orElse(-1L)) {
      if (!writer.tryAcquire()) {
        return applied;
      }
      try {
        long started = System.nanoTime();
        if (ledger.applyNext().isEmpty()) {
          return applied;
        }
        took.accept(System.nanoTime() - started);
        applied++;
      } finally {
        writer.release();
      }
    }
    return applied;
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
