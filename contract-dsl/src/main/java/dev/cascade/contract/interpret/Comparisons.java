package dev.cascade.contract.interpret;

import dev.cascade.contract.ast.Expression.Operator;
import dev.cascade.contract.runtime.Value;

/** Comparisons of values the checker allowed to be compared. */
final class Comparisons {

  private Comparisons() {}

  static boolean holds(Operator operator, Value left, Value right) {
    int order = order(left, right);
    return switch (operator) {
      case EQUAL -> order == 0;
      case NOT_EQUAL -> order != 0;
      case LESS -> order < 0;
      case LESS_OR_EQUAL -> order <= 0;
      case GREATER -> order > 0;
      case GREATER_OR_EQUAL -> order >= 0;
      default -> throw new IllegalArgumentException("not a comparison: " + operator);
    };
  }

  /** Numbers by value (1.0 = 1.00), dates by day; text and booleans are equal or not (0 or 1). */
  private static int order(Value left, Value right) {
    if (left instanceof Value.Numeric l && right instanceof Value.Numeric r) {
      return l.value().compareTo(r.value());
    }
    if (left instanceof Value.DateValue l && right instanceof Value.DateValue r) {
      return l.date().compareTo(r.date());
    }
    return left.equals(right) ? 0 : 1;
  }
}
