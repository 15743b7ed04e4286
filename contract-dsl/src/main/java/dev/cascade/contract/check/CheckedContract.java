package dev.cascade.contract.check;

import dev.cascade.contract.ast.Contract;
import dev.cascade.contract.ast.Expression;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A contract that passed the checker, with what later phases need: the type of every expression,
 * and the rounding mode.
 */
public record CheckedContract(
    Contract contract, Schema schema, Map<Expression, Type> types, RoundingMode rounding) {

  public CheckedContract {
    types = Collections.unmodifiableMap(types);
  }

  /**
   * The views ({@code certificate}, {@code guarantor}, …) some expression of the contract starts
   * from, so that whoever fills them can leave out those never read.
   */
  public Set<String> viewsRead() {
    Set<String> read = new TreeSet<>();
    for (Expression expression : types.keySet()) {
      if (expression instanceof Expression.Path path) {
        String root = path.segments().get(0).text();
        if (Schema.ROOT_NAMES.contains(root)) {
          read.add(root);
        }
      }
    }
    return read;
  }

  public Type typeOf(Expression expression) {
    Type type = types.get(expression);
    if (type == null) {
      throw new IllegalStateException("unchecked expression at " + expression.span());
    }
    return type;
  }
}
