package dev.cascade.contract.simulate;

import dev.cascade.contract.ast.Action;
import dev.cascade.contract.ast.Expression;
import dev.cascade.contract.ast.Rule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether rules that read what the issuer has used of its credit decide monotonically in it: each
 * such rule only rejects, when a condition holds that, once true, stays true for any larger amount
 * used ({@code credit used + certificate.amount > credit line}). Then an issuance accepted with X
 * used is accepted with anything less, and one refused with X is refused with anything more, so a
 * simulation may answer from the amounts it already tried instead of evaluating every issuance of
 * every run. Anything the analysis does not follow (a product, a quotient, a quantifier over the
 * amount, an equality) counts as unknown, and the simulation evaluates every time.
 */
final class Monotone {

  /** How an expression moves as the amount used grows. */
  enum Direction {
    CONSTANT,
    UP,
    DOWN,
    UNKNOWN;

    Direction flipped() {
      return switch (this) {
        case UP -> DOWN;
        case DOWN -> UP;
        default -> this;
      };
    }

    /** The direction of a sum of two expressions moving so. */
    Direction plus(Direction other) {
      if (this == UNKNOWN
          || other == UNKNOWN
          || (this != other && this != CONSTANT && other != CONSTANT)) {
        return UNKNOWN;
      }
      return this == CONSTANT ? other : this;
    }
  }

  private static final String USED = "credit used";

  private Monotone() {}

  /**
   * Whether every rule among {@code rules} that reads the amount used ({@code reads}) rejects only
   * when a condition upward closed in it holds.
   */
  static boolean rejectsUpward(List<Rule> rules, java.util.function.Predicate<Rule> reads) {
    for (Rule rule : rules) {
      if (!reads.test(rule)) {
        continue;
      }
      boolean onlyRejects = rule.actions().stream().allMatch(a -> a instanceof Action.Reject);
      Map<String, Direction> named = new HashMap<>();
      for (Rule.NamedValue value : rule.values()) {
        named.put(value.name().text(), direction(value.value(), named));
      }
      Direction guard = rule.guard().map(g -> direction(g, named)).orElse(Direction.CONSTANT);
      if (!onlyRejects || guard == Direction.DOWN || guard == Direction.UNKNOWN) {
        return false;
      }
    }
    return true;
  }

  /**
   * How the expression moves as the amount used grows: a value up or down; a condition up when once
   * true it stays true.
   */
  static Direction direction(Expression expression, Map<String, Direction> named) {
    if (expression instanceof Expression.Path path) {
      if (path.text().endsWith(USED)) {
        return Direction.UP;
      }
      return named.getOrDefault(path.text(), Direction.CONSTANT);
    }
    if (expression instanceof Expression.Binary binary) {
      return binary(binary, named);
    }
    if (expression instanceof Expression.Not not) {
      return direction(not.operand(), named).flipped();
    }
    if (expression instanceof Expression.Negate negate) {
      return direction(negate.operand(), named).flipped();
    }
    if (expression instanceof Expression.Rounded rounded) {
      return direction(rounded.operand(), named); // rounding never reverses an order
    }
    if (expression instanceof Expression.Extreme extreme) {
      Direction all = Direction.CONSTANT;
      for (Expression value : extreme.values()) {
        all = all.plus(direction(value, named));
      }
      return all;
    }
    if (expression instanceof Expression.Literal
        || expression instanceof Expression.Today
        || expression instanceof Expression.Presence
        || expression instanceof Expression.ViewPresence) {
      return Direction.CONSTANT;
    }
    return Direction.UNKNOWN;
  }

  private static Direction binary(Expression.Binary binary, Map<String, Direction> named) {
    Direction left = direction(binary.left(), named);
    Direction right = direction(binary.right(), named);
    return switch (binary.operator()) {
      case AND, OR, PLUS -> left.plus(right);
      case MINUS -> left.plus(right.flipped());
      case GREATER, GREATER_OR_EQUAL -> left.plus(right.flipped());
      case LESS, LESS_OR_EQUAL -> left.plus(right.flipped()).flipped();
      default ->
          left == Direction.CONSTANT && right == Direction.CONSTANT
              ? Direction.CONSTANT
              : Direction.UNKNOWN;
    };
  }
}
