package dev.cascade.ledger.simulation;

import dev.cascade.contract.Rcl;
import dev.cascade.contract.ast.Scenario;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.diagnostic.Diagnostic;
import dev.cascade.contract.source.SourceFile;
import java.util.List;
import java.util.Optional;

/**
 * The contract a simulation runs and the scenario it runs: the node's deployed programme, or the
 * source a request gives (checked here, as {@code rcl simulate} checks it); a scenario by name, or
 * the source's only one.
 *
 * @param source the exact text the contract was checked from, as the simulator compiles it
 */
record ChosenScenario(CheckedContract contract, String source, Scenario scenario) {

  /**
   * @param programme the source of the node's deployed programme, if it has one
   * @throws SimulationRefused when there is no such scenario, or the source does not check
   */
  static ChosenScenario of(SimulationRequest request, Optional<String> programme) {
    String source =
        request
            .source()
            .or(() -> programme)
            .orElseThrow(
                () ->
                    new SimulationRefused(
                        SimulationRefused.Reason.NO_PROGRAMME,
                        "the node has no programme deployed: give the contract's source"));
    CheckedContract contract = checked(source, request.source().isPresent());
    List<Scenario> scenarios = contract.contract().scenarios();
    List<String> names = scenarios.stream().map(Scenario::name).toList();
    String whose = request.source().isPresent() ? "the contract given" : "the node's programme";
    Optional<Scenario> chosen =
        request.scenario().isPresent()
            ? scenarios.stream().filter(s -> s.name().equals(request.scenario().get())).findFirst()
            : Optional.of(scenarios)
                .filter(s -> s.size() == 1 && request.source().isPresent())
                .map(s -> s.get(0));
    if (chosen.isPresent()) {
      return new ChosenScenario(contract, source, chosen.get());
    }
    if (request.scenario().isPresent()) {
      throw new SimulationRefused(
          SimulationRefused.Reason.UNKNOWN_SCENARIO,
          "there is no scenario \""
              + request.scenario().get()
              + "\" in "
              + whose
              + "; "
              + listed(names),
          List.of(),
          names);
    }
    throw new SimulationRefused(
        SimulationRefused.Reason.NO_SCENARIO_NAMED,
        "name the scenario to run, from " + whose + "; " + listed(names),
        List.of(),
        names);
  }

  /** The contract's money: a simulation's portfolio is in it. */
  String currency() {
    return contract.contract().currency().text();
  }

  private static CheckedContract checked(String source, boolean given) {
    Rcl.Result result = Rcl.check(new SourceFile(given ? "contract.rcl" : "programme.rcl", source));
    return result
        .contract()
        .orElseThrow(
            () ->
                new SimulationRefused(
                    SimulationRefused.Reason.CONTRACT_DOES_NOT_CHECK,
                    "the contract does not check: see the diagnostics",
                    result.diagnostics().stream().filter(Diagnostic::isError).toList(),
                    List.of()));
  }

  private static String listed(List<String> names) {
    return names.isEmpty()
        ? "it has none"
        : "its scenarios are "
            + String.join(", ", names.stream().map(name -> "\"" + name + "\"").toList());
  }
}
