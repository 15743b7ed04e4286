package dev.cascade.web.ledger;

import dev.cascade.ledger.application.Operation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.concurrent.CompletionStage;

/** Programme contracts: the operator deploys a version; new certificates are bound to it. */
@RequestScoped
@Path("/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

  @Inject private Submissions submissions;

  @Context private UriInfo uriInfo;

  @POST
  public CompletionStage<Response> deploy(
      @NotNull(message = "the request needs a JSON body") @Valid Requests.Deploy request) {
    return submissions.submit(
        uriInfo, request.signer(), () -> new Operation.Deploy(request.source()));
  }
}
