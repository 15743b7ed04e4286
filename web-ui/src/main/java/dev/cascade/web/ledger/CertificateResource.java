package dev.cascade.web.ledger;

import static dev.cascade.web.JsonValues.JSON;

import dev.cascade.ledger.application.Operation;
import dev.cascade.ledger.domain.certificate.CertificateState;
import dev.cascade.ledger.projection.Queries;
import dev.cascade.web.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Receivable certificates: issue them, act on them, and find them. */
@RequestScoped
@Projected
@Path("/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificateResource {

  private static final String BODY = "the request needs a JSON body";

  @Inject private Submissions submissions;

  @Context private UriInfo uriInfo;
  @Inject private Queries queries;

  /** Certificates by holder, issuer and state, in id order. */
  @GET
  public Response find(
      @QueryParam("holder") String holder,
      @QueryParam("issuer") String issuer,
      @QueryParam("state")
          @Pattern(
              regexp = "(?i)" + CertificateState.NAMES,
              message =
                  "a state is one of issued, accepted, overdue, settled, cancelled, superseded")
          String state) {
    JsonArrayBuilder found = JSON.createArrayBuilder();
    queries
        .certificates(
            Optional.ofNullable(holder),
            Optional.ofNullable(issuer),
            Optional.ofNullable(state).map(s -> s.toUpperCase(Locale.ROOT)))
        .forEach(c -> found.add(LedgerJson.certificate(c)));
    return Response.ok(found.build().toString()).build();
  }

  @GET
  @Path("{id}")
  public Response certificate(@PathParam("id") String id) {
    return Response.ok(
            LedgerJson.certificate(queries.certificate(id).orElseThrow(() -> missing(id)))
                .toString())
        .build();
  }

  /** Its ancestors back to the core enterprise's issuance, and every part that came from it. */
  @GET
  @Path("{id}/lineage")
  public Response lineage(@PathParam("id") String id) {
    return Response.ok(
            LedgerJson.lineage(queries.lineage(id).orElseThrow(() -> missing(id))).toString())
        .build();
  }

  @POST
  public CompletionStage<Response> issue(@NotNull(message = BODY) @Valid Requests.Issue request) {
    return submissions.submit(
        uriInfo,
        request.signer(),
        () ->
            new Operation.Issue(
                request.id(),
                request.supplier(),
                request.amount().toMoney(),
                Optional.ofNullable(request.issued()).orElse(submissions.today()),
                request.maturity(),
                request.invoice()));
  }

  @POST
  @Path("{id}/acceptance")
  public CompletionStage<Response> accept(
      @PathParam("id") String id, @NotNull(message = BODY) @Valid Requests.Signed request) {
    return submissions.submit(uriInfo, request.signer(), () -> new Operation.Accept(id));
  }

  @POST
  @Path("{id}/cancellation")
  public CompletionStage<Response> cancel(
      @PathParam("id") String id, @NotNull(message = BODY) @Valid Requests.Signed request) {
    return submissions.submit(uriInfo, request.signer(), () -> new Operation.Cancel(id));
  }

  /** Transfers all of it, or a part (which splits it: name the two new ids). */
  @POST
  @Path("{id}/transfers")
  public CompletionStage<Response> transfer(
      @PathParam("id") String id, @NotNull(message = BODY) @Valid Requests.Transfer request) {
    return submissions.submit(
        uriInfo,
        request.signer(),
        () ->
            new Operation.Transfer(
                id,
                request.to(),
                request.amount().toMoney(),
                Optional.ofNullable(request.newIds()).orElse(List.of())));
  }

  @POST
  @Path("{id}/splits")
  public CompletionStage<Response> split(
      @PathParam("id") String id, @NotNull(message = BODY) @Valid Requests.Split request) {
    return submissions.submit(
        uriInfo,
        request.signer(),
        () ->
            new Operation.Split(
                id, request.parts().stream().map(MoneyJson::toMoney).toList(), request.newIds()));
  }

  @POST
  @Path("{id}/financing")
  public CompletionStage<Response> finance(
      @PathParam("id") String id, @NotNull(message = BODY) @Valid Requests.Finance request) {
    return submissions.submit(
        uriInfo,
        request.signer(),
        () ->
            new Operation.Finance(
                id,
                request.bank(),
                request.rate(),
                Optional.ofNullable(request.date()).orElse(submissions.today())));
  }

  @POST
  @Path("{id}/pledge")
  public CompletionStage<Response> pledge(
      @PathParam("id") String id, @NotNull(message = BODY) @Valid Requests.Pledge request) {
    return submissions.submit(
        uriInfo, request.signer(), () -> new Operation.Pledge(id, request.pledgee()));
  }

  @POST
  @Path("{id}/release")
  public CompletionStage<Response> release(
      @PathParam("id") String id, @NotNull(message = BODY) @Valid Requests.Signed request) {
    return submissions.submit(uriInfo, request.signer(), () -> new Operation.Release(id));
  }

  /** The core enterprise pays: every open part that descends from this certificate is settled. */
  @POST
  @Path("{id}/payment")
  public CompletionStage<Response> pay(
      @PathParam("id") String id, @NotNull(message = BODY) @Valid Requests.Signed request) {
    return submissions.submit(uriInfo, request.signer(), () -> new Operation.Pay(id));
  }

  private static ProblemException missing(String id) {
    return ProblemException.notFound("there is no certificate " + id);
  }
}
