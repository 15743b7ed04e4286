package dev.cascade.ledger.service;

import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.infrastructure.Election;
import dev.cascade.ledger.infrastructure.LedgerFactory;
import dev.cascade.ledger.infrastructure.LedgerSettings;
import dev.cascade.ledger.infrastructure.Quorum;
import dev.cascade.ledger.projection.ProjectionFollower;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * This node's figures in WildFly's metrics registry (the micrometer subsystem; Prometheus text on
 * the management interface, {@code /prometheus}, once {@code configure-metrics.cli} has run): where
 * it stands on the chain, what it committed and refused, how long checking and applying take, its
 * role, the cluster members it sees, and the alarm of a block it cannot apply. Counters count from
 * this node's start; every node counts every block it applies, its own and the others'.
 */
@ApplicationScoped
public class LedgerMetrics {

  @Inject private MeterRegistry registry;
  @Inject private LedgerFactory ledgers;
  @Inject private LedgerSettings settings;
  @Inject private Quorum quorum;
  @Inject private Mempool mempool;
  @Inject private ProjectionFollower projection;
  @Inject private ChainFollower follower;

  private Counter blocks;
  private Counter committed;
  private Counter rejected;
  private Timer verification;
  private Timer applying;
  private Timer producing;

  @PostConstruct
  void register() {
    blocks = registry.counter("cascade.blocks.applied");
    committed = registry.counter("cascade.transactions.committed");
    rejected = registry.counter("cascade.transactions.rejected");
    verification = registry.timer("cascade.signature.verification");
    applying = registry.timer("cascade.block.apply");
    producing = registry.timer("cascade.block.produce");
  }

  /**
   * Shows where this node stands, from now on: once its ledger is open. Each meter is registered
   * with the registry's own methods, not a builder: WildFly's registry for a deployment publishes
   * only those (so no description and no histogram; docs/user-guide.md describes each figure).
   */
  void start() {
    gauge("cascade.chain.height", LedgerMetrics::height);
    gauge("cascade.projection.lag", m -> height(m) - m.projection.height());
    gauge("cascade.pool.depth", m -> m.mempool.waiting());
    gauge("cascade.node.producer", m -> Election.producing() ? 1 : 0);
    gauge("cascade.cluster.members", m -> m.quorum.inView());
    gauge("cascade.cluster.size", m -> m.settings.clusterSize());
    // the alarm: this node met a block it cannot apply and stopped following the chain
    gauge("cascade.chain.mismatch", m -> m.follower.stuck().isPresent() ? 1 : 0);
    ledgers.ledger().watch(this::applied);
  }

  /**
   * The deployment ends: its meters go with it. WildFly's registry outlives the deployment, and a
   * redeployment would otherwise be handed the old gauges, whose node is gone (NaN).
   */
  @PreDestroy
  void unregister() {
    registry.getMeters().stream()
        .filter(meter -> meter.getId().getName().startsWith("cascade."))
        .forEach(registry::remove);
  }

  private void gauge(String name, ToDoubleFunction<LedgerMetrics> value) {
    registry.gauge(name, Tags.empty(), this, value);
  }

  private static double height(LedgerMetrics metrics) {
    return metrics.ledgers.ledger().head().map(b -> b.height()).orElse(-1L);
  }

  private void applied(Ledger.AppliedBlock block) {
    blocks.increment();
    committed.increment(block.block().transactions().size());
  }

  /** Counts the submission's answer once it comes: rejected, or not. */
  CompletableFuture<Receipt> answered(CompletableFuture<Receipt> receipt) {
    return receipt.whenComplete(
        (answer, failure) -> {
          if (answer != null && answer.status() == Receipt.Status.REJECTED) {
            rejected.increment();
          }
        });
  }

  /** A signature was checked, in {@code nanos}. */
  void verified(long nanos) {
    verification.record(nanos, TimeUnit.NANOSECONDS);
  }

  /** A block another node produced was checked and applied, in {@code nanos}. */
  void appliedOther(long nanos) {
    applying.record(nanos, TimeUnit.NANOSECONDS);
  }

  /** This node produced a block, in {@code nanos}. */
  void produced(long nanos) {
    producing.record(nanos, TimeUnit.NANOSECONDS);
  }
}
