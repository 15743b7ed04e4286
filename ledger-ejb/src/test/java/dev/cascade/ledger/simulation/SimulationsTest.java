package dev.cascade.ledger.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cascade.contract.simulate.Results;
import dev.cascade.contract.simulate.Simulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The node's simulations: how many run at once, cancelling, and how long they are kept. */
class SimulationsTest {

  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final MovableClock clock = new MovableClock();
  private final Simulations simulations = new Simulations(threads, clock);
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stop() {
    release.countDown();
    threads.shutdownNow();
  }

  @Test
  void aThirdSimulationIsRefusedWhileTwoRunAndStartsOnceOneHasEnded() throws Exception {
    String first = simulations.start("a", 7, 10, untilReleased()).id();
    simulations.start("b", 7, 10, untilReleased());

    assertThatThrownBy(() -> simulations.start("c", 7, 10, untilReleased()))
        .isInstanceOfSatisfying(
            SimulationRefused.class,
            refused ->
                assertThat(refused.reason())
                    .isEqualTo(SimulationRefused.Reason.TOO_MANY_SIMULATIONS));
    assertThatThrownBy(simulations::haveRoom).isInstanceOf(SimulationRefused.class);

    simulations.cancel(first);
    release.countDown();
    awaitState(first, Simulation.State.CANCELLED);
    assertThat(simulations.start("c", 7, 10, untilReleased()).state())
        .isEqualTo(Simulation.State.RUNNING);
  }

  @Test
  void aCancelledSimulationStopsAfterTheRunUnderWayAndKeepsItsCount() throws Exception {
    Simulation.Status started = simulations.start("a", 7, 10, untilReleased());
    assertThat(started.state()).isEqualTo(Simulation.State.RUNNING);
    awaitRunsDone(started.id(), 3);

    assertThat(simulations.cancel(started.id()).orElseThrow().state())
        .isEqualTo(Simulation.State.RUNNING);
    release.countDown();
    Simulation.Status cancelled = awaitState(started.id(), Simulation.State.CANCELLED);

    assertThat(cancelled.runsDone()).isEqualTo(4);
    assertThat(cancelled.results()).isEmpty();
    assertThat(simulations.cancel(started.id()).orElseThrow().state())
        .isEqualTo(Simulation.State.CANCELLED);
    assertThat(simulations.cancel("no such simulation")).isEmpty();
  }

  @Test
  void aSimulationThatEndedIsKeptAnHourThenForgotten() throws Exception {
    String failed =
        simulations
            .start(
                "a",
                7,
                10,
                progress -> {
                  throw new IllegalStateException("the contract cannot evaluate it");
                })
            .id();
    Simulation.Status status = awaitState(failed, Simulation.State.FAILED);
    assertThat(status.failure()).contains("the contract cannot evaluate it");
    assertThat(status.height()).isEqualTo(7);

    clock.pass(Simulations.KEPT.minusMinutes(1));
    assertThat(simulations.status(failed)).isPresent();
    clock.pass(Duration.ofMinutes(2));
    assertThat(simulations.status(failed)).isEmpty();
  }

  /**
   * Work that makes three runs, then waits to be released before each next one, until it is
   * cancelled (or interrupted).
   */
  private Function<Simulator.Progress, Results> untilReleased() {
    return progress -> {
      for (int run = 1; ; run++) {
        if (run > 3) {
          try {
            release.await();
            Thread.sleep(1);
          } catch (InterruptedException e) {
            throw new CancellationException("interrupted");
          }
        }
        progress.done(run, 10);
        if (progress.cancelled()) {
          throw new CancellationException("stopped after " + run + " runs");
        }
      }
    };
  }

  private Simulation.Status awaitState(String id, Simulation.State state) throws Exception {
    return await(id, status -> status.state() == state);
  }

  private void awaitRunsDone(String id, long runs) throws Exception {
    await(id, status -> status.runsDone() >= runs);
  }

  private Simulation.Status await(String id, java.util.function.Predicate<Simulation.Status> until)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    Simulation.Status status = simulations.status(id).orElseThrow();
    while (!until.test(status) && System.nanoTime() < deadline) {
      Thread.sleep(5);
      status = simulations.status(id).orElseThrow();
    }
    assertThat(until.test(status)).as("%s", status).isTrue();
    return status;
  }

  /** A clock that moves only when told. */
  private static final class MovableClock extends Clock {
    private volatile Instant now = Instant.parse("2026-06-01T04:00:00Z");

    void pass(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
