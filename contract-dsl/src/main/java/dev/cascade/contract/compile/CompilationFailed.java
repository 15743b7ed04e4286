package dev.cascade.contract.compile;

/** A contract that checks but cannot become a class, e.g. a rule too large for one JVM method. */
public class CompilationFailed extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CompilationFailed(String message, Throwable cause) {
    super(message, cause);
  }
}
