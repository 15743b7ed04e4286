package dev.cascade.contract.check;

import dev.cascade.contract.ast.Contract;
import dev.cascade.contract.ast.Expression;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;

/**
 * A contract that passed the checker, with what later phases need: the type of every expression,
 * and the rounding mode.
 */
public record CheckedContract(
    Contract contract, Schema schema, Map<Expression, Type> types, RoundingMode rounding) {

  public CheckedContract {
    types = Collections.unmodifiableMap(types);
  }

  public Type typeOf(Expression expression) {
    Type type = types.get(expression);
    if (type == null) {
      throw new IllegalStateException("unchecked expression at " + expression.span());
    }
    return type;
  }
}
