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

  @Resource private TimerService timers;
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

  private void produce(List<Mempool.Entry> entries) {
    try {
      List<Receipt> receipts = writer.produce(entries);
      for (int i = 0; i < entries.size(); i++) {
        entries.get(i).receipt().complete(receipts.get(i));
      }
    } catch (RuntimeException e) {
      if (entries.size() > 1) {
        // find the one that fails: each again in a block of its own
        LOG.log(Level.WARNING, "Producing a block failed; trying its transactions one by one", e);
        entries.forEach(entry -> produce(List.of(entry)));
      } else {
        LOG.log(Level.WARNING, "A transaction could not be applied; nothing of it was kept", e);
        entries.forEach(entry -> entry.receipt().completeExceptionally(e));
      }
    }
  }
}
