package dev.cascade.web.ledger;

import dev.cascade.ledger.application.Operation;
import dev.cascade.ledger.domain.document.TradeDocument;
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

/** Trade documents anchored by the hash of their file and their metadata. */
@RequestScoped
@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DocumentResource {

  @Inject private Submissions submissions;

  @Context private UriInfo uriInfo;

  @POST
  public CompletionStage<Response> anchor(
      @NotNull(message = "the request needs a JSON body") @Valid Requests.Anchor request) {
    return submissions.submit(
        uriInfo,
        request.signer(),
        () ->
            new Operation.Anchor(
                request.id(),
                TradeDocument.Kind.valueOf(request.kind()),
                request.number(),
                request.seller(),
                request.sellerTaxId(),
                request.buyer(),
                request.amount().toMoney(),
                request.date(),
                request.contentHash()));
  }
}
