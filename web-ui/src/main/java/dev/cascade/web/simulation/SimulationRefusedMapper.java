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
import java.util.Locale;

/**
 * A simulation the node does not run: 400 when the request names no scenario, 409 when the node has
 * no programme, 429 when it runs as many as it does at once, 422 otherwise; with the contract's
 * diagnostics (code, line, column, message, hint) and the scenarios there are, when they help.
 */
@Provider
public class SimulationRefusedMapper implements ExceptionMapper<SimulationRefused> {

  @Override
  public Response toResponse(SimulationRefused refused) {
    int status =
        switch (refused.reason()) {
          case NO_SCENARIO_NAMED -> 400;
          case NO_PROGRAMME -> 409;
          case TOO_MANY_SIMULATIONS -> 429;
          case UNKNOWN_SCENARIO,
              CONTRACT_DOES_NOT_CHECK,
              SCENARIO_DOES_NOT_FIT,
              OTHER_CURRENCY,
              TOO_MANY_RUNS,
              PORTFOLIO_TOO_LARGE ->
              422;
        };
    // the reason names the problem: TOO_MANY_RUNS is urn:cascade:problem:too-many-runs
    String slug = refused.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
    String title = Character.toUpperCase(slug.charAt(0)) + slug.substring(1).replace('-', ' ');
    Problem problem = Problem.of(slug, title, status, refused.getMessage());
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
