package dev.cascade.contract.interpret;

import dev.cascade.contract.source.Span;

/**
 * A rule could not be evaluated on this input: a view lacks a field the rule reads, or a division
 * by zero. Deterministic: the same input fails the same way on every node.
 */
public class EvaluationError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Span span;

  public EvaluationError(String message, Span span) {
    super(message);
    this.span = span;
  }

  public Span span() {
    return span;
  }
}
