package dev.cascade.web.ledger;

import static dev.cascade.web.JsonValues.JSON;

import dev.cascade.ledger.application.Operation;
import dev.cascade.ledger.domain.enterprise.Role;
import dev.cascade.ledger.infrastructure.Custody;
import dev.cascade.ledger.projection.Queries;
import dev.cascade.web.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
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
import java.util.Base64;
import java.util.concurrent.CompletionStage;

/** Enterprises: registered and approved by the operator; credit lines; exposure per tier. */
@RequestScoped
@Projected
@Path("/enterprises")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnterpriseResource {

  private static final String BODY = "the request needs a JSON body";

  @Inject private Submissions submissions;

  @Context private UriInfo uriInfo;
  @Inject private Queries queries;
  @Inject private Custody custody;

  @GET
  public Response enterprises() {
    JsonArrayBuilder all = JSON.createArrayBuilder();
    queries.enterprises().forEach(e -> all.add(LedgerJson.enterprise(e)));
    return Response.ok(all.build().toString()).build();
  }

  @GET
  @Path("{name}")
  public Response enterprise(@PathParam("name") String name) {
    return Response.ok(
            LedgerJson.enterprise(
                    queries
                        .enterprise(name)
                        .orElseThrow(
                            () -> ProblemException.notFound("there is no enterprise " + name)))
                .toString())
        .build();
  }

  /**
   * The operator registers an enterprise. With a {@code publicKey} (X.509, base64) the enterprise
   * signs its own transactions; without one the server makes and keeps its key.
   */
  @POST
  public CompletionStage<Response> register(
      @NotNull(message = BODY) @Valid Requests.Register request) {
    byte[] key;
    if (request.publicKey() == null || request.publicKey().isBlank()) {
      key = custody.keyFor(request.name());
    } else {
      try {
        key = Base64.getDecoder().decode(request.publicKey());
      } catch (IllegalArgumentException e) {
        throw Submissions.invalid("the public key is not base64");
      }
    }
    byte[] publicKey = key;
    return submissions.submit(
        uriInfo,
        request.signer(),
        () ->
            new Operation.Register(
                request.name(),
                request.taxId(),
                request.roles().stream().map(Role::valueOf).toList(),
                publicKey));
  }

  @POST
  @Path("{name}/approval")
  public CompletionStage<Response> approve(
      @PathParam("name") String name, @NotNull(message = BODY) @Valid Requests.Signed request) {
    return submissions.submit(uriInfo, request.signer(), () -> new Operation.Approve(name));
  }

  /** A bank sets the credit line it grants this core enterprise. */
  @POST
  @Path("{name}/credit-lines")
  public CompletionStage<Response> grantCredit(
      @PathParam("name") String name, @NotNull(message = BODY) @Valid Requests.Credit request) {
    return submissions.submit(
        uriInfo,
        request.signer(),
        () -> new Operation.GrantCredit(name, request.limit().toMoney()));
  }

  /** What this core enterprise owes through open certificates, per tier. */
  @GET
  @Path("{name}/exposure")
  public Response exposure(@PathParam("name") String name) {
    return Response.ok(LedgerJson.exposure(name, queries.exposure(name)).toString()).build();
  }
}
