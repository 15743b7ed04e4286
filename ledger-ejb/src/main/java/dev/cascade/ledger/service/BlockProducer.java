package dev.cascade.ledger.service;

import dev.cascade.ledger.infrastructure.LedgerSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every block interval ({@code cascade.block.interval.ms}, 200 ms by default) applies what waits in
 * the mempool and seals it into a block, up to {@value #BLOCK_SIZE} transactions a block, in one
 * transaction under the writer lock; then answers each submitter. A tick that finds nothing makes
 * no block.
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

  @Resource private TimerService timers;
  @Resource private ManagedExecutorService answering;
  @Inject private LedgerSettings settings;
  @Inject private LedgerWriter writer;
  @Inject private Mempool mempool;

  private final AtomicBoolean sealing = new AtomicBoolean();

  @PostConstruct
  void start() {
    long interval = settings.blockInterval().toMillis();
    timers.createIntervalTimer(
        interval, interval, new TimerConfig("cascade block producer", false));
  }

  @Timeout
  void tick(Timer timer) {
    if (!sealing.compareAndSet(false, true)) {
      return; // the previous block is still being sealed
    }
    try {
      do {
        produce(mempool.take(BLOCK_SIZE));
      } while (!mempool.isEmpty());
    } finally {
      sealing.set(false);
    }
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
      receipts = writer.produce(entries);
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
    answer(entries, receipts); // the block has committed: never produced again, whatever happens
  }
}
