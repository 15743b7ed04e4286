package dev.cascade.contract.runtime;

/**
 * A rule could not be evaluated on this input: a view lacks a field the rule reads, or a division
 * by zero. Deterministic: the same input fails the same way on every node, in either engine.
 *
 * @see #line()
 */
public class EvaluationError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  public EvaluationError(String message, int line, int column) {
    super(message);
    this.line = line;
    this.column = column;
  }

  /** Where in the contract source: 1-based line. */
  public int line() {
    return line;
  }

  /** Where in the contract source: 1-based column. */
  public int column() {
    return column;
  }
}
