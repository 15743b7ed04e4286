package dev.cascade.web.problem;

import jakarta.ws.rs.core.Response;

/** Thrown by resources to answer with a specific problem. */
public class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.detail());
    this.problem = problem;
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(
        Problem.of("not-found", "Not found", Response.Status.NOT_FOUND, detail));
  }

  public Problem problem() {
    return problem;
  }
}
