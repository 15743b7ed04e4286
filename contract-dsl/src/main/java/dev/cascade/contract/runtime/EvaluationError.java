package dev.cascade.contract.runtime;

/**
 * A rule could not be evaluated on this input: a view lacks a field the rule reads, or a division
 * by zero. Deterministic: the same input fails the same way on every node, in either engine.
 *
 * @see #line()
 */
public class EvaluationError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What went wrong, so that tools can say it in the analyst's language. */
  public enum Kind {
    /** The input lacks what the rule reads; the subject is what it read. */
    MISSING_INPUT,
    DIVISION_BY_ZERO,
    /** A date moved out of the calendar or by part of a day; the subject is the date and days. */
    DATE_OUT_OF_RANGE,
    /** {@code min of} or {@code max of} an empty list; the subject is min or max. */
    EMPTY_LIST,
    TOO_DEEP,
    METRIC_IN_RULE
  }

  private final Kind kind;
  private final String subject;
  private final int line;
  private final int column;

  public EvaluationError(Kind kind, String subject, int line, int column) {
    super(english(kind, subject));
    this.kind = kind;
    this.subject = subject;
    this.line = line;
    this.column = column;
  }

  private static String english(Kind kind, String subject) {
    return switch (kind) {
      case MISSING_INPUT -> "the input has no " + subject;
      case DIVISION_BY_ZERO -> "division by zero";
      case DATE_OUT_OF_RANGE -> "the date " + subject + " is out of range or not by whole days";
      case EMPTY_LIST -> subject + " of an empty list";
      case TOO_DEEP -> "quantifiers nest more than " + Context.MAX_NESTING + " deep";
      case METRIC_IN_RULE -> "metrics are measured by scenarios, not by rules";
    };
  }

  public Kind kind() {
    return kind;
  }

  /** What the error is about: the path a rule read, the date it moved, … */
  public String subject() {
    return subject;
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
