package dev.cascade.web.ledger;

import static dev.cascade.web.JsonValues.JSON;

import dev.cascade.ledger.chain.ChainReport;
import dev.cascade.ledger.service.LedgerService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The whole ledger: verify it from genesis, rebuild the query projection from it. */
@RequestScoped
@Path("/ledger")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

  @Inject private LedgerService ledger;

  /**
   * Verifies every block, replays every transaction and compares the stored world state: sound, or
   * the first bad height and why.
   */
  @GET
  @Path("verification")
  public Response verify() {
    ChainReport report = ledger.verify();
    JsonObjectBuilder json =
        JSON.createObjectBuilder().add("sound", report.sound()).add("blocks", report.verified());
    report
        .failure()
        .ifPresent(
            f ->
                json.add(
                    "failure",
                    JSON.createObjectBuilder()
                        .add("height", f.height())
                        .add("reason", f.reason())));
    return Response.ok(json.build().toString()).build();
  }

  /** Drops the projection and builds it again from the chain. */
  @POST
  @Path("projection/rebuild")
  public Response rebuild() {
    ledger.rebuildProjection();
    return Response.noContent().build();
  }
}
