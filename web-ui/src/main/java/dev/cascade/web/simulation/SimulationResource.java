package dev.cascade.web.simulation;

import dev.cascade.contract.simulate.Behaviour;
import dev.cascade.contract.simulate.PortfolioFile;
import dev.cascade.ledger.simulation.NodePortfolio;
import dev.cascade.ledger.simulation.Simulation;
import dev.cascade.ledger.simulation.SimulationService;
import dev.cascade.web.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
 * WHAT-IF simulations on this node: a scenario runs over the node's portfolio as its state stood
 * when it started (a fork, read-only: the ledger goes on, untouched); its status URL shows its
 * progress, then its results. The portfolio itself is exported as the file {@code rcl simulate}
 * reads, so the same scenario and seed give the same results on a tester's machine.
 */
@RequestScoped
@Path("/simulations")
@Produces(MediaType.APPLICATION_JSON)
public class SimulationResource {

  /** The block whose state an exported portfolio is. */
  static final String HEIGHT = "Cascade-Height";

  @Inject private SimulationService simulations;

  @Context private UriInfo uriInfo;

  /** Starts a simulation: 202 with its status URL, or a problem and nothing started. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response start(
      @NotNull(message = "the request needs a JSON body") @Valid SimulationRequestJson request) {
    Simulation.Status started = simulations.start(request.toRequest());
    return Response.accepted(SimulationJson.status(started).toString())
        .location(uriInfo.getBaseUriBuilder().path("simulations").path(started.id()).build())
        .build();
  }

  /** Running with its runs done so far; done with its results; failed; or cancelled. */
  @GET
  @Path("{id}")
  public Response status(@PathParam("id") String id) {
    return Response.ok(SimulationJson.status(find(simulations.status(id), id)).toString()).build();
  }

  /**
   * Cancels it: 202 while the runs under way end, 204 once it has ended (done, failed or cancelled
   * already: asking again changes nothing).
   */
  @DELETE
  @Path("{id}")
  public Response cancel(@PathParam("id") String id) {
    Simulation.Status status = find(simulations.cancel(id), id);
    return status.state() == Simulation.State.RUNNING
        ? Response.accepted(SimulationJson.status(status).toString()).build()
        : Response.noContent().build();
  }

  /** The node's portfolio now, as {@code rcl simulate --portfolio} reads it. */
  @GET
  @Path("portfolio")
  public Response portfolio() {
    NodePortfolio portfolio = simulations.portfolio();
    return Response.ok(PortfolioFile.write(portfolio.portfolio(), Behaviour.DEFAULT))
        .header(HEIGHT, portfolio.height())
        .build();
  }

  private static Simulation.Status find(java.util.Optional<Simulation.Status> found, String id) {
    return found.orElseThrow(
        () ->
            ProblemException.notFound(
                "there is no simulation " + id + " (an ended one is kept for an hour)"));
  }
}
