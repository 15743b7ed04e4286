package dev.cascade.web.problem;

import static dev.cascade.web.JsonValues.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;

/**
 * A request that breaks Bean Validation rules answers 400 with one entry per broken rule. Closer to
 * the exception type than RESTEasy's own mapper, so it wins over it.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException invalid) {
    return invalidRequest(invalid).toResponse();
  }

  static Problem invalidRequest(ConstraintViolationException invalid) {
    JsonArrayBuilder violations = JSON.createArrayBuilder();
    invalid.getConstraintViolations().stream()
        .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
        .forEach(
            violation ->
                violations.add(
                    JSON.createObjectBuilder()
                        .add("field", field(violation))
                        .add("message", violation.getMessage())));
    return Problem.of(
            "invalid-request",
            "Invalid request",
            Response.Status.BAD_REQUEST,
            "the request breaks "
                + invalid.getConstraintViolations().size()
                + " rule(s); see violations")
        .with("violations", violations.build());
  }

  /** The last node of the path: "label" rather than "write.arg0.label". */
  private static String field(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    return path.substring(path.lastIndexOf('.') + 1);
  }
}
