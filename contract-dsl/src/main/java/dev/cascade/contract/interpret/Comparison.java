package dev.cascade.contract.interpret;

import dev.cascade.contract.ast.Expression.Operator;
import dev.cascade.contract.runtime.Ops;

/** Comparison operators as the runtime numbers them. */
public final class Comparison {

  private Comparison() {}

  public static int code(Operator operator) {
    switch (operator) {
      case EQUAL:
        return Ops.EQUAL;
      case NOT_EQUAL:
        return Ops.NOT_EQUAL;
      case LESS:
        return Ops.LESS;
      case LESS_OR_EQUAL:
        return Ops.LESS_OR_EQUAL;
      case GREATER:
        return Ops.GREATER;
      case GREATER_OR_EQUAL:
        return Ops.GREATER_OR_EQUAL;
      default:
        throw new IllegalArgumentException("not a comparison: " + operator);
    }
  }
}
