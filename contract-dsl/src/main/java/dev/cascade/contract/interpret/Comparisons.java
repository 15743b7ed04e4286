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
    return same(left, right) ? 0 : 1;
  }

  /** Equality by value all the way down: CNY 100.0 and CNY 100.00 are the same amount. */
  static boolean same(Value left, Value right) {
    if (left instanceof Value.Numeric || left instanceof Value.DateValue) {
      return left.getClass() == right.getClass() && order(left, right) == 0;
    }
    if (left instanceof Value.Entity l && right instanceof Value.Entity r) {
      return l.kind() == r.kind()
          && l.fields().keySet().equals(r.fields().keySet())
          && l.fields().keySet().stream().allMatch(k -> same(l.fields().get(k), r.fields().get(k)));
    }
    if (left instanceof Value.ListValue l && right instanceof Value.ListValue r) {
      if (l.elements().size() != r.elements().size()) {
        return false;
      }
      for (int i = 0; i < l.elements().size(); i++) {
        if (!same(l.elements().get(i), r.elements().get(i))) {
          return false;
        }
      }
      return true;
    }
    return left.equals(right);
  }
}
