package dev.cascade.web.ledger;

import static dev.cascade.web.JsonValues.JSON;

import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.chain.InclusionProof;
import dev.cascade.ledger.service.LedgerService;
import dev.cascade.ledger.service.Receipt;
import dev.cascade.ledger.transaction.SignedTransaction;
import dev.cascade.web.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Transactions: submit one the client signed itself, ask where one is, and take its inclusion proof
 * away to check offline.
 */
@RequestScoped
@Projected
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
    SignedTransaction signed = decode(request.signedTransaction(), "signedTransaction");
    UriBuilder transactions = Submissions.transactions(uriInfo);
    return ledger.submitSigned(signed).thenApply(r -> Submissions.answer(r, transactions));
  }

  /**
   * Many client-signed transactions at once: 200 with a receipt for each, in order (committed,
   * pending, or rejected with its rule), or 400 when one of them is not a signed transaction, and
   * then none is submitted.
   */
  @POST
  @Path("batch")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public CompletionStage<Response> submitBatch(
      @NotNull(message = "the request needs a JSON body") @Valid
          Requests.SignedTransactions request) {
    List<String> encoded = request.signedTransactions();
    List<SignedTransaction> batch = new ArrayList<>(encoded.size());
    for (int i = 0; i < encoded.size(); i++) {
      batch.add(decode(encoded.get(i), "signedTransactions[" + i + "]"));
    }
    return ledger
        .submitSigned(batch)
        .thenApply(
            receipts -> {
              JsonArrayBuilder answers = JSON.createArrayBuilder();
              receipts.forEach(receipt -> answers.add(LedgerJson.batchReceipt(receipt)));
              return Response.ok(
                      JSON.createObjectBuilder().add("receipts", answers).build().toString())
                  .type(MediaType.APPLICATION_JSON_TYPE)
                  .build();
            });
  }

  /** The canonical bytes in base64, or a 400 naming {@code where} in the request they are. */
  private static SignedTransaction decode(String base64, String where) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw Submissions.invalid(where + " is not base64");
    }
    try {
      return SignedTransaction.decode(bytes);
    } catch (IllegalArgumentException e) {
      throw Submissions.invalid(where + " is not a signed transaction: " + e.getMessage());
    }
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
        JSON.createObjectBuilder()
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
