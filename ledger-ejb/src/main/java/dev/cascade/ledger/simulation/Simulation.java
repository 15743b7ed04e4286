package dev.cascade.ledger.simulation;

import dev.cascade.contract.simulate.Results;
import dev.cascade.contract.simulate.Simulator;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One simulation a node runs: a scenario over the portfolio forked at one height. It is running
 * until its runs are done and its results kept, it failed, or it was cancelled; a cancellation
 * takes effect once the runs under way end. Its runs report here as they end, from several threads.
 */
public final class Simulation implements Simulator.Progress {

  private static final Logger LOG = Logger.getLogger(Simulation.class.getName());

  /** Where a simulation is. */
  public enum State {
    RUNNING,
    DONE,
    FAILED,
    CANCELLED
  }

  /**
   * What a simulation shows at one moment.
   *
   * @param height the block whose state it forked
   * @param results what its runs measured, once it is done
   * @param failure why it failed, if it did
   */
  public record Status(
      String id,
      String scenario,
      long height,
      State state,
      long runsDone,
      long runs,
      Optional<Results> results,
      Optional<String> failure) {}

  private final String id;
  private final String scenario;
  private final long height;
  private final long runs;
  private final AtomicLong runsDone = new AtomicLong();
  private volatile boolean cancelling;

  // written before state, so that whoever sees the state sees them
  private volatile Results results;
  private volatile String failure;
  private volatile Instant ended;
  private volatile State state = State.RUNNING;

  Simulation(String id, String scenario, long height, long runs) {
    this.id = id;
    this.scenario = scenario;
    this.height = height;
    this.runs = runs;
  }

  /** Runs {@code work}, which reports its runs here, to its end: done, failed or cancelled. */
  void run(Function<Simulator.Progress, Results> work, Clock clock) {
    try {
      Results measured = work.apply(this);
      results = measured;
      end(State.DONE, clock);
    } catch (CancellationException e) {
      end(State.CANCELLED, clock);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Simulation " + id + " of \"" + scenario + "\" failed", e);
      failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      end(State.FAILED, clock);
    }
  }

  private void end(State how, Clock clock) {
    ended = clock.instant();
    state = how;
  }

  @Override
  public void done(int runs, long total) {
    // threads report out of order: the count only grows
    runsDone.accumulateAndGet(runs, Math::max);
  }

  @Override
  public boolean cancelled() {
    return cancelling;
  }

  /** Asks it to stop after the runs under way; nothing happens to one that has ended. */
  void cancel() {
    cancelling = true;
  }

  public String id() {
    return id;
  }

  boolean isRunning() {
    return state == State.RUNNING;
  }

  /** Whether it ended before {@code instant}. */
  boolean endedBefore(Instant instant) {
    Instant at = ended;
    return state != State.RUNNING && at != null && at.isBefore(instant);
  }

  public Status status() {
    State now = state;
    return new Status(
        id,
        scenario,
        height,
        now,
        now == State.DONE ? runs : runsDone.get(),
        runs,
        now == State.DONE ? Optional.of(results) : Optional.empty(),
        now == State.FAILED ? Optional.of(failure) : Optional.empty());
  }
}
