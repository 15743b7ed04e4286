package dev.cascade.web.simulation;

import static dev.cascade.web.JsonValues.JSON;

import dev.cascade.contract.diagnostic.Diagnostic;
import dev.cascade.contract.diagnostic.Messages;
import dev.cascade.ledger.simulation.SimulationRefused;
import dev.cascade.web.problem.Problem;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A simulation the node does not run: 400 when the request names no scenario, 409 when the node has
 * no programme, 429 when it runs as many as it does at once, 422 otherwise; with the contract's
 * diagnostics (code, line, column, message, hint) and the scenarios there are, when they help.
 */
@Provider
public class SimulationRefusedMapper implements ExceptionMapper<SimulationRefused> {

  @Override
  public Response toResponse(SimulationRefused refused) {
    Problem problem =
        switch (refused.reason()) {
          case NO_SCENARIO_NAMED -> problem("no-scenario-named", "No scenario named", 400, refused);
          case UNKNOWN_SCENARIO -> problem("unknown-scenario", "Unknown scenario", 422, refused);
          case NO_PROGRAMME -> problem("no-programme", "No programme deployed", 409, refused);
          case CONTRACT_DOES_NOT_CHECK ->
              problem("contract-does-not-check", "Contract does not check", 422, refused);
          case SCENARIO_DOES_NOT_FIT ->
              problem("scenario-does-not-fit", "Scenario does not fit the portfolio", 422, refused);
          case OTHER_CURRENCY -> problem("other-currency", "Other currency", 422, refused);
          case TOO_MANY_RUNS -> problem("too-many-runs", "Too many runs", 422, refused);
          case PORTFOLIO_TOO_LARGE ->
              problem("portfolio-too-large", "Portfolio too large", 422, refused);
          case TOO_MANY_RUNNING ->
              problem("too-many-simulations", "Too many simulations running", 429, refused);
        };
    if (!refused.diagnostics().isEmpty()) {
      JsonArrayBuilder diagnostics = JSON.createArrayBuilder();
      refused.diagnostics().forEach(d -> diagnostics.add(diagnostic(d)));
      problem = problem.with("diagnostics", diagnostics.build());
    }
    if (!refused.scenarios().isEmpty()) {
      problem = problem.with("scenarios", JSON.createArrayBuilder(refused.scenarios()).build());
    }
    return problem.toResponse();
  }

  private static Problem problem(String slug, String title, int status, SimulationRefused refused) {
    return Problem.of(slug, title, status, refused.getMessage());
  }

  /** As the checker reports it, in English. */
  private static JsonObjectBuilder diagnostic(Diagnostic diagnostic) {
    Messages english = Messages.english();
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("code", diagnostic.code().id())
            .add("line", diagnostic.span().line())
            .add("column", diagnostic.span().column())
            .add("message", english.message(diagnostic));
    english.hint(diagnostic).ifPresent(hint -> json.add("hint", hint));
    return json;
  }
}
