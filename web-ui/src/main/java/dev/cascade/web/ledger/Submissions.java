package dev.cascade.web.ledger;

import dev.cascade.ledger.application.Operation;
import dev.cascade.ledger.service.LedgerService;
import dev.cascade.ledger.service.Receipt;
import dev.cascade.ledger.transaction.Rejection;
import dev.cascade.web.problem.Problem;
import dev.cascade.web.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.DateTimeException;
import java.util.function.Supplier;

/**
 * How every operation endpoint answers: 200 with the committed result, 202 with a status URL when
 * the block did not come in time, 422 naming the rule that rejected it, or 400 when the request
 * cannot even make an operation. A rejected or invalid request changes nothing.
 */
@RequestScoped
class Submissions {

  @Inject private LedgerService ledger;

  @Context private UriInfo uriInfo;

  Response submit(String signer, Supplier<Operation> operation) {
    Operation built;
    try {
      built = operation.get();
    } catch (IllegalArgumentException | DateTimeException e) {
      throw invalid(e.getMessage());
    }
    return answer(ledger.submit(signer, built));
  }

  /** Today in the ledger's time zone: the default date of an issue or a financing. */
  java.time.LocalDate today() {
    return java.time.LocalDate.now(ledger.settings().zone());
  }

  Response answer(Receipt receipt) {
    if (receipt.status() == Receipt.Status.REJECTED) {
      throw rejected(receipt.outcome().rejection().get());
    }
    Response.ResponseBuilder response =
        receipt.status() == Receipt.Status.COMMITTED
            ? Response.ok()
            : Response.accepted()
                .location(
                    uriInfo
                        .getBaseUriBuilder()
                        .path("transactions")
                        .path(receipt.outcome().transactionId())
                        .build());
    return response.entity(LedgerJson.receipt(receipt).toString()).build();
  }

  static ProblemException invalid(String detail) {
    return new ProblemException(
        Problem.of("invalid-request", "Invalid request", Response.Status.BAD_REQUEST, detail));
  }

  static ProblemException rejected(Rejection rejection) {
    return new ProblemException(
        new Problem(
                "urn:cascade:problem:rejected",
                "Rejected: " + rejection.rule(),
                422,
                rejection.message(),
                java.util.Map.of())
            .with("rule", Json.createValue(rejection.rule())));
  }
}
