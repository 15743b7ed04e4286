package dev.cascade.contract.interpret;

import dev.cascade.contract.ast.Expression;
import dev.cascade.contract.check.Type;
import dev.cascade.contract.runtime.EvaluationError;
import dev.cascade.contract.runtime.Unit;
import dev.cascade.contract.runtime.Value;
import java.math.BigDecimal;
import java.util.List;

/** sum of, count of, min of, max of. */
final class Aggregates {

  private Aggregates() {}

  static Value of(Expression.Aggregate aggregate, Value.ListValue list, Type type) {
    List<Value> elements = list.elements();
    if (aggregate.kind() == Expression.AggregateKind.COUNT) {
      return new Value.Numeric(BigDecimal.valueOf(elements.size()), Unit.NUMBER);
    }
    if (aggregate.kind() == Expression.AggregateKind.SUM) {
      BigDecimal sum = BigDecimal.ZERO;
      for (Value element : elements) {
        sum = sum.add(((Value.Numeric) element).value());
      }
      return new Value.Numeric(sum, ((Type.Quantity) type).unit());
    }
    if (elements.isEmpty()) {
      throw new EvaluationError(
          aggregate.kind().name().toLowerCase(java.util.Locale.ROOT) + " of an empty list",
          aggregate.span().line(),
          aggregate.span().column());
    }
    Value best = elements.get(0);
    for (Value element : elements.subList(1, elements.size())) {
      int order = compare(element, best);
      boolean better = aggregate.kind() == Expression.AggregateKind.MIN ? order < 0 : order > 0;
      if (better) {
        best = element;
      }
    }
    return best;
  }

  private static int compare(Value left, Value right) {
    if (left instanceof Value.DateValue l && right instanceof Value.DateValue r) {
      return l.date().compareTo(r.date());
    }
    return ((Value.Numeric) left).value().compareTo(((Value.Numeric) right).value());
  }
}
