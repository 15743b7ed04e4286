package dev.cascade.web.problem;

import static dev.cascade.web.JsonValues.JSON;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception that reaches the REST layer into a problem; nothing leaks a stack trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Override
  public Response toResponse(Throwable thrown) {
    return problemFor(unwrap(thrown)).toResponse();
  }

  private Problem problemFor(Throwable thrown) {
    if (thrown instanceof ProblemException problem) {
      return problem.problem();
    }
    if (thrown instanceof dev.cascade.ledger.infrastructure.CustodyException custody) {
      return Problem.of(
          "not-custodial",
          "Cannot sign",
          Response.Status.fromStatusCode(422),
          custody.getMessage());
    }
    if (inMinority(thrown)) {
      return Problem.of(
          "ledger-unavailable",
          "This node takes no operation",
          Response.Status.SERVICE_UNAVAILABLE,
          "fewer than a majority of the cluster's nodes are in view; this node takes no operation"
              + " until a majority is back");
    }
    if (thrown instanceof dev.cascade.ledger.service.LedgerUnavailable unavailable) {
      return Problem.of(
          "ledger-unavailable",
          "This node takes no operation",
          Response.Status.SERVICE_UNAVAILABLE,
          unavailable.getMessage());
    }
    if (thrown instanceof ConstraintViolationException invalid) {
      return ValidationProblemMapper.invalidRequest(invalid);
    }
    if (causedBy(thrown, JsonbException.class) || thrown instanceof ProcessingException) {
      return Problem.of(
          "malformed-request",
          "Malformed request",
          Response.Status.BAD_REQUEST,
          "the request body is not JSON of the shape this endpoint takes");
    }
    if (thrown instanceof WebApplicationException web) {
      return httpProblem(web);
    }
    return internalError(thrown);
  }

  private static Problem httpProblem(WebApplicationException web) {
    Response.Status status = Response.Status.fromStatusCode(web.getResponse().getStatus());
    if (web instanceof NotFoundException) {
      return Problem.of("not-found", "Not found", status, "there is no such resource");
    }
    if (web instanceof NotAllowedException) {
      return Problem.of(
          "method-not-allowed",
          "Method not allowed",
          status,
          "this resource does not take that method");
    }
    if (web instanceof NotSupportedException) {
      return Problem.of(
          "unsupported-media-type",
          "Unsupported media type",
          status,
          "send the request body as application/json");
    }
    String title = status == null ? "HTTP error" : status.getReasonPhrase();
    return new Problem("about:blank", title, web.getResponse().getStatus(), title, Map.of());
  }

  private static Problem internalError(Throwable thrown) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "incident " + incident, thrown);
    return Problem.of(
            "internal-error",
            "Internal error",
            Response.Status.INTERNAL_SERVER_ERROR,
            "the server failed; nothing was changed. The server log has the details under incident "
                + incident)
        .with("incident", JSON.createValue(incident));
  }

  /** The container wraps what a bean throws; the caller cares about the cause. */
  private static Throwable unwrap(Throwable thrown) {
    Throwable current = thrown;
    // an EJB's wrapper, or an asynchronous answer's (a submission that failed while it waited)
    while ((current instanceof EJBException
            || current instanceof java.util.concurrent.CompletionException
            || current instanceof java.util.concurrent.ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  /**
   * Whether the node's replicated caches refused a read or a write because it is in a minority
   * partition of the cluster (Infinispan's {@code AvailabilityException}, by name: the web module
   * does not compile against Infinispan).
   */
  private static boolean inMinority(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t.getClass().getName().equals("org.infinispan.partitionhandling.AvailabilityException")) {
        return true;
      }
    }
    return false;
  }

  private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
