package dev.cascade.web.health;

import dev.cascade.ledger.diagnostics.HealthReport;
import dev.cascade.ledger.diagnostics.HealthService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /api/health}: 200 when this node can serve, 503 (with the same body) when not. */
@RequestScoped
@Path("/health")
public class HealthResource {

  @Inject private HealthService healthService;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response health() {
    HealthReport report = healthService.check();
    Response.Status status =
        report.status() == HealthReport.Status.UP
            ? Response.Status.OK
            : Response.Status.SERVICE_UNAVAILABLE;
    return Response.status(status).entity(HealthJson.from(report)).build();
  }
}
