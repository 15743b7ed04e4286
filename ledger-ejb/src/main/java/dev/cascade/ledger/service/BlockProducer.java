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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals pending transactions into a block every block interval ({@code cascade.block.interval.ms},
 * 200 ms by default), so a block holds whatever was accepted meanwhile. A tick that finds nothing
 * pending makes no block.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BlockProducer {

  private static final Logger LOG = Logger.getLogger(BlockProducer.class.getName());

  @Resource private TimerService timers;
  @Inject private LedgerSettings settings;
  @Inject private LedgerWriter writer;

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
      writer.seal();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Sealing a block failed; the transactions stay pending", e);
    } finally {
      sealing.set(false);
    }
  }
}
