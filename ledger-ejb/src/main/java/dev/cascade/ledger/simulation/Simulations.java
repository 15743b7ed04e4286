package dev.cascade.ledger.simulation;

import dev.cascade.contract.simulate.Results;
import dev.cascade.contract.simulate.Simulator;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * The simulations a node runs and has run, in its memory: at most {@value #MOST_RUNNING} running at
 * once, each kept for {@link #KEPT} after it ends so that its results can be fetched, then
 * forgotten. Simulations are a tester's questions, not the ledger's record: a node that restarts
 * has none.
 */
public final class Simulations {

  /** How many simulations a node runs at once: each keeps two threads busy. */
  public static final int MOST_RUNNING = 2;

  /** How long an ended simulation, and its results, are kept. */
  public static final Duration KEPT = Duration.ofHours(1);

  private final Map<String, Simulation> simulations = new ConcurrentHashMap<>();
  private final Executor coordinators;
  private final Clock clock;

  /**
   * @param coordinators where each simulation waits for its runs, one task a simulation for as long
   *     as it runs
   */
  public Simulations(Executor coordinators, Clock clock) {
    this.coordinators = coordinators;
    this.clock = clock;
  }

  /**
   * Whether another simulation may start now: to refuse before any work is done; {@link #start}
   * decides.
   *
   * @throws SimulationRefused when as many as the node runs at once are running
   */
  public synchronized void haveRoom() {
    if (running() >= MOST_RUNNING) {
      throw new SimulationRefused(
          SimulationRefused.Reason.TOO_MANY_SIMULATIONS,
          MOST_RUNNING
              + " simulations are running on this node, as many as it runs at once; try again when"
              + " one has ended, or cancel one");
    }
  }

  /**
   * Starts {@code work}, which reports its runs to the progress it is given.
   *
   * @param height the block whose state it forked
   * @throws SimulationRefused when as many as the node runs at once are running
   */
  public synchronized Simulation.Status start(
      String scenario, long height, long runs, Function<Simulator.Progress, Results> work) {
    forgetEnded();
    haveRoom();
    Simulation simulation = new Simulation(UUID.randomUUID().toString(), scenario, height, runs);
    simulations.put(simulation.id(), simulation);
    try {
      coordinators.execute(() -> simulation.run(work, clock));
    } catch (RejectedExecutionException e) {
      simulation.run(
          progress -> {
            throw new IllegalStateException("the node could not start a thread for it", e);
          },
          clock);
    }
    return simulation.status();
  }

  public Optional<Simulation.Status> status(String id) {
    forgetEnded();
    return Optional.ofNullable(simulations.get(id)).map(Simulation::status);
  }

  /** Asks a simulation to stop; one that has ended stays as it ended. */
  public Optional<Simulation.Status> cancel(String id) {
    Optional<Simulation> found = Optional.ofNullable(simulations.get(id));
    found.ifPresent(Simulation::cancel);
    return found.map(Simulation::status);
  }

  /** Asks every simulation to stop: the node is stopping. */
  public void cancelAll() {
    simulations.values().forEach(Simulation::cancel);
  }

  private long running() {
    return simulations.values().stream().filter(Simulation::isRunning).count();
  }

  private void forgetEnded() {
    java.time.Instant before = clock.instant().minus(KEPT);
    simulations.values().removeIf(simulation -> simulation.endedBefore(before));
  }
}
