package dev.cascade.ledger.simulation;

import dev.cascade.contract.diagnostic.Diagnostic;
import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Why a node does not run a simulation, or export its portfolio; nothing was started. It reaches
 * the caller as it is: a refusal, not a failure of the service.
 */
@ApplicationException
public final class SimulationRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What stands in the way; the REST interface names its problem after it (too-many-runs). */
  public enum Reason {
    /** The request names no scenario, and its source does not have exactly one. */
    NO_SCENARIO_NAMED,
    /** No contract has the named scenario. */
    UNKNOWN_SCENARIO,
    /** The node has no programme to take a scenario or a currency from. */
    NO_PROGRAMME,
    /** The source given does not check: see the diagnostics. */
    CONTRACT_DOES_NOT_CHECK,
    /** The scenario cannot run on this portfolio (an unknown party, …): see the diagnostics. */
    SCENARIO_DOES_NOT_FIT,
    /** The contract's money is in another currency than the node's portfolio. */
    OTHER_CURRENCY,
    /** More runs than a node makes for one simulation. */
    TOO_MANY_RUNS,
    /** More holdings than a node simulates. */
    PORTFOLIO_TOO_LARGE,
    /** As many simulations as a node runs at once are running. */
    TOO_MANY_SIMULATIONS
  }

  private final Reason reason;
  private final transient List<Diagnostic> diagnostics;
  private final List<String> scenarios;

  public SimulationRefused(Reason reason, String message) {
    this(reason, message, List.of(), List.of());
  }

  /**
   * @param diagnostics the contract's errors, or the scenario's problems with this portfolio
   * @param scenarios the scenarios there are, when the request named none or an unknown one
   */
  public SimulationRefused(
      Reason reason, String message, List<Diagnostic> diagnostics, List<String> scenarios) {
    super(message);
    this.reason = reason;
    this.diagnostics = List.copyOf(diagnostics);
    this.scenarios = List.copyOf(scenarios);
  }

  public Reason reason() {
    return reason;
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics == null ? List.of() : diagnostics;
  }

  public List<String> scenarios() {
    return scenarios;
  }
}
