package dev.cascade.web.diagnostics;

import static dev.cascade.web.JsonValues.JSON;

import dev.cascade.ledger.diagnostics.ProbeRolledBack;
import dev.cascade.web.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A probe that failed on request answers 500, as a real failure would, and shows what the
 * transaction had written before it was rolled back.
 */
@Provider
public class ProbeRolledBackMapper implements ExceptionMapper<ProbeRolledBack> {

  @Override
  public Response toResponse(ProbeRolledBack rolledBack) {
    return Problem.of(
            "probe-rolled-back",
            "Probe rolled back",
            Response.Status.INTERNAL_SERVER_ERROR,
            rolledBack.getMessage())
        .with("id", JSON.createValue(rolledBack.seenInsideTransaction().id()))
        .with("seenInsideTransaction", ProbeJson.from(rolledBack.seenInsideTransaction()))
        .toResponse();
  }
}
