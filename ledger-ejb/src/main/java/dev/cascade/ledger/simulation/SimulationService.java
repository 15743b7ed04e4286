package dev.cascade.ledger.simulation;

import dev.cascade.contract.Rcl;
import dev.cascade.contract.simulate.Behaviour;
import dev.cascade.contract.simulate.Plan;
import dev.cascade.contract.simulate.Simulator;
import dev.cascade.contract.source.SourceFile;
import dev.cascade.ledger.application.Fork;
import dev.cascade.ledger.application.TransactionIndex;
import dev.cascade.ledger.infrastructure.LedgerFactory;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * WHAT-IF simulations on this node: a scenario of the deployed programme (or of a contract given),
 * planned against the node's portfolio, run on the container's threads with the contract's own
 * compiled rules, the parties acting as {@link Behaviour#DEFAULT} says. The portfolio is exported
 * from a {@link Fork} of the node's state at its head, an immutable copy: a simulation reads it and
 * never writes to the ledger, and blocks committed while it runs do not change what it simulates.
 * Simulations are kept in memory ({@link Simulations}), which looks after its own concurrency.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SimulationService {

  /** The most runs one simulation makes on a node. */
  public static final long MOST_RUNS = 10_000;

  /** The most holdings a node simulates: beyond, run {@code rcl simulate} on the exported file. */
  public static final int MOST_HOLDINGS = 200_000;

  /** Each simulation's runs go on this many of the container's threads. */
  static final int THREADS = 2;

  @Inject private LedgerFactory ledgers;
  @Inject private TransactionIndex index;
  @Resource private ManagedExecutorService workers;
  @Resource private ManagedThreadFactory threads;

  private Simulations simulations;

  /** The last portfolio exported, for the simulations and exports that follow at its height. */
  private volatile Optional<NodePortfolio> exported = Optional.empty();

  @PostConstruct
  void start() {
    // Each simulation waits for its runs in a thread of its own: a task of the managed executor
    // that waited for other tasks of the same executor could hold the threads they need.
    simulations =
        new Simulations(
            task -> {
              Thread thread = threads.newThread(task);
              thread.setName("cascade simulation");
              thread.start();
            },
            Clock.systemUTC());
  }

  @PreDestroy
  void stop() {
    simulations.cancelAll();
  }

  /**
   * The node's portfolio now, in its programme's currency.
   *
   * @throws SimulationRefused when no programme is deployed
   */
  public NodePortfolio portfolio() {
    Fork fork = Fork.of(ledgers.ledger());
    String programme =
        fork.programme()
            .orElseThrow(
                () ->
                    new SimulationRefused(
                        SimulationRefused.Reason.NO_PROGRAMME,
                        "the node has no programme deployed, so its portfolio has no currency"));
    return portfolio(fork, currency(programme), Integer.MAX_VALUE);
  }

  /**
   * Plans the scenario asked for against the node's portfolio and starts running it.
   *
   * @throws SimulationRefused when it cannot run; nothing was started
   */
  public Simulation.Status start(SimulationRequest request) {
    simulations.haveRoom();
    if (request.runs().orElse(0L) > MOST_RUNS) {
      throw tooManyRuns(request.runs().get());
    }
    Fork fork = Fork.of(ledgers.ledger());
    ChosenScenario chosen = ChosenScenario.of(request, fork.programme());
    // the portfolio is in the programme's currency, and a contract given must be in it too
    String currency =
        request.source().isEmpty()
            ? chosen.currency()
            : fork.programme().map(this::currency).orElse(chosen.currency());
    if (!chosen.currency().equals(currency)) {
      throw new SimulationRefused(
          SimulationRefused.Reason.OTHER_CURRENCY,
          "the contract is in " + chosen.currency() + ", the node's portfolio in " + currency);
    }
    NodePortfolio portfolio = portfolio(fork, currency, MOST_HOLDINGS);
    Plan.Made made =
        Plan.of(
            chosen.contract(),
            chosen.scenario(),
            portfolio.portfolio(),
            request.runs(),
            request.seed());
    if (made instanceof Plan.Refused refused) {
      throw new SimulationRefused(
          SimulationRefused.Reason.SCENARIO_DOES_NOT_FIT,
          "scenario \"" + chosen.scenario().name() + "\" cannot run on this node's portfolio",
          refused.diagnostics(),
          List.of());
    }
    Plan plan = ((Plan.Ready) made).plan();
    if (plan.runs() > MOST_RUNS) {
      throw tooManyRuns(plan.runs());
    }
    Simulator simulator = new Simulator(chosen.contract(), chosen.source());
    return simulations.start(
        chosen.scenario().name(),
        portfolio.height(),
        plan.runs(),
        progress ->
            simulator.run(
                plan, portfolio.portfolio(), Behaviour.DEFAULT, workers, THREADS, progress));
  }

  public Optional<Simulation.Status> status(String id) {
    return simulations.status(id);
  }

  /** Asks a simulation to stop after the runs under way; one that has ended stays as it ended. */
  public Optional<Simulation.Status> cancel(String id) {
    return simulations.cancel(id);
  }

  private NodePortfolio portfolio(Fork fork, String currency, int mostHoldings) {
    Optional<NodePortfolio> last = exported;
    if (last.isPresent()
        && last.get().height() == fork.height()
        && last.get().portfolio().currency().equals(currency)) {
      return check(last.get(), mostHoldings);
    }
    PortfolioExport export = new PortfolioExport(fork, index, currency);
    if (export.size() > mostHoldings) {
      throw tooLarge(export.size(), mostHoldings);
    }
    NodePortfolio made = new NodePortfolio(fork.height(), export.portfolio());
    exported = Optional.of(made);
    return made;
  }

  private static NodePortfolio check(NodePortfolio portfolio, int mostHoldings) {
    int size = portfolio.portfolio().holdings().size();
    if (size > mostHoldings) {
      throw tooLarge(size, mostHoldings);
    }
    return portfolio;
  }

  /** A deployed programme's currency: deployed programmes check. */
  private String currency(String programme) {
    return Rcl.check(new SourceFile("programme.rcl", programme))
        .contract()
        .orElseThrow(() -> new IllegalStateException("the deployed programme does not check"))
        .contract()
        .currency()
        .text();
  }

  private static SimulationRefused tooManyRuns(long runs) {
    return new SimulationRefused(
        SimulationRefused.Reason.TOO_MANY_RUNS,
        runs + " runs are more than a node makes for one simulation: " + MOST_RUNS + " at most");
  }

  private static SimulationRefused tooLarge(int holdings, int most) {
    return new SimulationRefused(
        SimulationRefused.Reason.PORTFOLIO_TOO_LARGE,
        "the node's portfolio has "
            + holdings
            + " holdings, more than a node simulates ("
            + most
            + "): export it (GET /api/simulations/portfolio) and run rcl simulate on it");
  }
}
