package dev.cascade.ledger.service;

import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.infrastructure.Election;
import dev.cascade.ledger.infrastructure.LedgerSettings;
import dev.cascade.ledger.infrastructure.Quorum;
import dev.cascade.ledger.projection.ProjectionFollower;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * On the node the cluster elected to produce the blocks ({@link Election}): applies what waits in
 * the mempool and the replicated pool ({@link Pool}) and seals it into a block, up to {@value
 * #BLOCK_SIZE} transactions a block, in one transaction under the writer lock; then answers each
 * submitter.
 *
 * <p>A block starts as soon as the one before has committed and a transaction waits: what arrives
 * while a block is made goes into the next, so blocks grow with the load and a quiet ledger answers
 * at once. An estate that wants fewer, larger blocks sets a block interval ({@code
 * cascade.block.interval.ms}): blocks then start at least that far apart (the first one an interval
 * after the node starts), unless a full block waits. No transaction, no block. The producer runs in
 * a thread of its own from the container's managed thread factory; stopping the node lets the block
 * being made finish.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BlockProducer {

  private static final Logger LOG = Logger.getLogger(BlockProducer.class.getName());

  /** The most transactions one block takes. */
  static final int BLOCK_SIZE = 2_000;

  /** Into how many tasks a block's answers are split, so that both cores build them. */
  private static final int ANSWERING_TASKS = 4;

  /** How often a failure that lasts is logged again. */
  private static final long FAILURE_LOG_NANOS = TimeUnit.MINUTES.toNanos(1);

  /** How often a node that does not produce looks again whether it does. */
  private static final long LOOK_MILLIS = 200;

  /** How long stopping waits for the block being made. */
  private static final long STOP_WAIT_MILLIS = 60_000;

  @Resource private ManagedThreadFactory threads;
  @Resource private ManagedExecutorService answering;
  @Inject private LedgerSettings settings;
  @Inject private LedgerWriter writer;
  @Inject private Mempool mempool;
  @Inject private ProjectionFollower projection;
  @Inject private Pool pool;
  @Inject private LedgerMetrics metrics;
  @Inject private Quorum quorum;

  private volatile boolean running;

  /** Whether this node produced the last block it looked at producing; the producer's own. */
  private boolean producing;

  /** When the producer last logged a failure ({@link System#nanoTime()}; 0: never). */
  private long lastFailureLogged;

  /** Whether the last take-over failed, so that a failing one is logged once. */
  private boolean takeOverFailed;

  private Thread producer;

  @PostConstruct
  void start() {
    running = true;
    producer = threads.newThread(this::run);
    producer.setName("cascade block producer");
    producer.start();
  }

  @PreDestroy
  void stop() {
    running = false;
    mempool.stop();
    try {
      producer.join(STOP_WAIT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (producer.isAlive()) {
      LOG.warning("The block producer did not stop within " + STOP_WAIT_MILLIS + " ms");
    }
  }

  private void run() {
    long interval = settings.blockInterval().toNanos();
    long last = System.nanoTime(); // as if a block had just started: the first waits an interval
    while (running) {
      try {
        if (!lead()) {
          Thread.sleep(LOOK_MILLIS);
          continue; // another node produces, or none: look again
        }
        if (mempool.await(1, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LOOK_MILLIS)) == 0) {
          continue; // nothing yet: look again whether to stop, and whether this node still leads
        }
        long due = last + interval;
        if (System.nanoTime() - due < 0) {
          mempool.await(BLOCK_SIZE, due); // the rest of the interval, unless a block fills first
        }
        if (!running) {
          break;
        }
        last = System.nanoTime();
        produce(mempool.take(BLOCK_SIZE));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        if (running) {
          LOG.severe("The block producer was interrupted; no more blocks until the node restarts");
        }
        return;
      } catch (RuntimeException | Error e) {
        long now = System.nanoTime();
        if (now - lastFailureLogged > FAILURE_LOG_NANOS || lastFailureLogged == 0) {
          lastFailureLogged = now; // a failure that lasts is logged once a minute, not 5 a second
          LOG.log(Level.SEVERE, "The block producer failed; it goes on with the next block", e);
        }
        try {
          Thread.sleep(LOOK_MILLIS);
        } catch (InterruptedException stopped) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /**
   * Whether this node produces the next block: the election made it the producer, and a majority of
   * the cluster is in view with the ledger cache available (Infinispan counts its majority against
   * the last stable view, not the cluster's size, so the producer looks itself before each block).
   * When this node starts to produce, it takes over the replicated pool; when it stops, it hands
   * what waits in its mempool to the pool, for the next producer.
   */
  private boolean lead() {
    boolean lead = pool.ready() && Election.producing() && quorum.quorate();
    if (lead != producing) {
      if (lead) {
        int taken;
        try {
          taken = pool.takeOver();
        } catch (RuntimeException e) {
          if (!takeOverFailed) { // said once, not every look
            LOG.log(Level.SEVERE, "This node was elected but cannot take over producing", e);
          }
          takeOverFailed = true;
          return false;
        }
        takeOverFailed = false;
        producing = true;
        LOG.info(
            "This node produces the blocks now; "
                + taken
                + " transactions taken from the replicated pool");
      } else {
        producing = false;
        int handed = pool.handOver();
        LOG.info(
            "This node stops producing blocks ("
                + (Election.producing() ? "no majority of the cluster in view" : "not elected")
                + "); "
                + handed
                + " waiting transactions handed to the replicated pool");
      }
    }
    return lead;
  }

  /**
   * Completes each submitter's receipt in other threads: what waits on a receipt (building the HTTP
   * answer, say) runs in the thread that completes it, and must not hold up the next block.
   */
  private void answer(List<Mempool.Entry> entries, List<Receipt> receipts) {
    int chunk = Math.max(1, (entries.size() + ANSWERING_TASKS - 1) / ANSWERING_TASKS);
    for (int from = 0; from < entries.size(); from += chunk) {
      int first = from;
      int end = Math.min(entries.size(), from + chunk);
      Runnable task =
          () -> {
            for (int i = first; i < end; i++) {
              entries.get(i).receipt().complete(receipts.get(i));
            }
          };
      try {
        answering.execute(task);
      } catch (RuntimeException e) {
        task.run(); // the executor is saturated or shutting down: answer here
      }
    }
  }

  private void produce(List<Mempool.Entry> entries) {
    List<Receipt> receipts;
    try {
      long started = System.nanoTime();
      receipts = writer.produce(entries);
      metrics.produced(System.nanoTime() - started);
    } catch (RuntimeException e) {
      if (entries.size() > 1) {
        // find the one that fails: each again in a block of its own
        LOG.log(Level.WARNING, "Producing a block failed; trying its transactions one by one", e);
        entries.forEach(entry -> produce(List.of(entry)));
      } else {
        LOG.log(Level.WARNING, "A transaction could not be applied; nothing of it was kept", e);
        entries.forEach(entry -> entry.receipt().completeExceptionally(e));
      }
      return;
    }
    entries.forEach(entry -> entry.decided().set(true));
    // the block has committed: never produced again, whatever happens; its submitters are answered
    // once the projection shows it too, so that what they read next includes what they did
    long height =
        receipts.stream()
            .flatMap(r -> r.location().stream())
            .mapToLong(Ledger.Location::height)
            .max()
            .orElse(-1);
    projection.whenProjected(height, () -> answer(entries, receipts));
  }
}
