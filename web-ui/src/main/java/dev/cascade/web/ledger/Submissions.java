package dev.cascade.web.ledger;

import static dev.cascade.web.JsonValues.JSON;

import dev.cascade.ledger.application.Operation;
import dev.cascade.ledger.service.LedgerService;
import dev.cascade.ledger.service.Receipt;
import dev.cascade.ledger.transaction.Rejection;
import dev.cascade.web.problem.Problem;
import dev.cascade.web.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.time.DateTimeException;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * How every operation endpoint answers: 200 with the committed result, 202 with a status URL when
 * the block did not come in time, 422 naming the rule that rejected it, or 400 when the request
 * cannot even make an operation. A rejected or invalid request changes nothing.
 */
@RequestScoped
class Submissions {

  /** The header a client names a custodial operation by, to retry it safely. */
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  /** What an idempotency key may be: 1 to 255 visible ASCII characters. */
  private static final java.util.regex.Pattern KEY =
      java.util.regex.Pattern.compile("[!-~]{1,255}");

  @Inject private LedgerService ledger;
  @Inject private jakarta.servlet.http.HttpServletRequest request;

  /**
   * Submits a custodial operation; with an {@code Idempotency-Key} header, a retry with the same
   * key (on any node, for a day) is answered with the first attempt's transaction, not applied
   * again.
   */
  CompletionStage<Response> submit(UriInfo uriInfo, String signer, Supplier<Operation> operation) {
    Optional<String> key = Optional.ofNullable(request.getHeader(IDEMPOTENCY_KEY));
    if (key.isPresent() && !KEY.matcher(key.get()).matches()) {
      throw invalid(
          "the Idempotency-Key header must be 1 to 255 visible ASCII characters (a UUID, say)");
    }
    Operation built;
    try {
      built = operation.get();
    } catch (IllegalArgumentException | DateTimeException e) {
      throw invalid(e.getMessage());
    }
    UriBuilder transactions = transactions(uriInfo);
    return ledger.submit(signer, built, key).thenApply(r -> answer(r, transactions));
  }

  /** Today in the ledger's time zone: the default date of an issue or a financing. */
  java.time.LocalDate today() {
    return java.time.LocalDate.now(ledger.settings().zone());
  }

  /** Where transactions' statuses are; worked out before anything is submitted. */
  static UriBuilder transactions(UriInfo uriInfo) {
    return uriInfo.getBaseUriBuilder().path("transactions");
  }

  /** 200 committed, 202 pending with a status URL, 422 refused. */
  static Response answer(Receipt receipt, UriBuilder transactions) {
    return receipt
        .outcome()
        .fold(
            rejection -> rejected(rejection).problem().toResponse(),
            outcome ->
                (receipt.status() == Receipt.Status.COMMITTED
                        ? Response.ok()
                        : Response.accepted()
                            .location(transactions.path(outcome.transactionId()).build()))
                    .type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)
                    .entity(LedgerJson.receipt(outcome, receipt).toString())
                    .build());
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
            .with("rule", JSON.createValue(rejection.rule()))
            .with("values", JSON.createArrayBuilder(rejection.values()).build()));
  }
}
