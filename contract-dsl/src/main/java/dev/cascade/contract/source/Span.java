package dev.cascade.contract.source;

/**
 * Where something stands in a source: 1-based line, 1-based column, and its length in characters
 * (at least 1, so that a caret always shows).
 */
public record Span(int line, int column, int length) {

  public static final Span NONE = new Span(0, 0, 1);

  public Span {
    length = Math.max(1, length);
  }

  /** From the start of this span to the end of {@code other}, when both are on one line. */
  public Span to(Span other) {
    if (other.line != line || other.column < column) {
      return this;
    }
    return new Span(line, column, other.column + other.length - column);
  }
}
