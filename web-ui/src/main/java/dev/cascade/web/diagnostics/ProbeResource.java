package dev.cascade.web.diagnostics;

import dev.cascade.ledger.diagnostics.ProbeResult;
import dev.cascade.ledger.diagnostics.ProbeService;
import dev.cascade.web.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Transaction probes: IT's check that a database write and a ledger cache write commit together and
 * roll back together on this installation.
 */
@RequestScoped
@Path("/diagnostics/probes")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

  @Inject private ProbeService probeService;

  @Context private UriInfo uriInfo;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response write(
      @NotNull(message = "the request needs a JSON body") @Valid ProbeRequest request) {
    ProbeResult written = probeService.write(request.label(), request.failAfterWrite());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(written.id()).build())
        .entity(ProbeJson.from(written))
        .build();
  }

  @GET
  @Path("{id}")
  public Response find(@PathParam("id") String id) {
    ProbeResult found = probeService.find(id);
    if (!found.foundAnywhere()) {
      throw ProblemException.notFound("no probe " + id + " in the database or the cache");
    }
    return Response.ok(ProbeJson.from(found)).build();
  }
}
