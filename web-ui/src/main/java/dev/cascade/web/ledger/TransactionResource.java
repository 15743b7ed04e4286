package dev.cascade.web.ledger;

import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.chain.InclusionProof;
import dev.cascade.ledger.service.LedgerService;
import dev.cascade.ledger.service.Receipt;
import dev.cascade.web.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
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
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Transactions: submit one the client signed itself, ask where one is, and take its inclusion proof
 * away to check offline.
 */
@RequestScoped
@Path("/transactions")
public class TransactionResource {

  @Inject private LedgerService ledger;

  @Context private UriInfo uriInfo;

  /** The client-signing path: the body carries the signed transaction's canonical bytes. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public CompletionStage<Response> submit(
      @NotNull(message = "the request needs a JSON body") @Valid
          Requests.SignedTransaction request) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(request.signedTransaction());
    } catch (IllegalArgumentException e) {
      throw Submissions.invalid("signedTransaction is not base64");
    }
    dev.cascade.ledger.transaction.SignedTransaction signed;
    try {
      signed = dev.cascade.ledger.transaction.SignedTransaction.decode(bytes);
    } catch (IllegalArgumentException e) {
      throw Submissions.invalid("signedTransaction is not a signed transaction: " + e.getMessage());
    }
    UriBuilder transactions = Submissions.transactions(uriInfo);
    return ledger.submitSigned(signed).thenApply(r -> Submissions.answer(r, transactions));
  }

  /** Committed (with its block and position), or pending. */
  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public Response status(@PathParam("id") String id) {
    Receipt.Status status =
        ledger
            .status(id)
            .orElseThrow(() -> ProblemException.notFound("there is no transaction " + id));
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("transaction", id)
            .add("status", status.name().toLowerCase(Locale.ROOT));
    Optional<Ledger.Location> at = ledger.locate(id);
    at.ifPresent(l -> json.add("block", l.height()).add("index", l.index()));
    return Response.ok(json.build().toString()).build();
  }

  /** The inclusion proof as the text file docs/offline-verifier.md describes. */
  @GET
  @Path("{id}/proof")
  @Produces(MediaType.TEXT_PLAIN)
  public Response proof(@PathParam("id") String id) {
    InclusionProof proof =
        ledger
            .proof(id)
            .orElseThrow(
                () ->
                    ProblemException.notFound(
                        "transaction " + id + " is not in a block (yet): no proof"));
    return Response.ok(proof.write())
        .header("Content-Disposition", "attachment; filename=\"" + id + ".proof\"")
        .build();
  }
}
