package dev.cascade.contract.check;

import dev.cascade.contract.ast.Expression.Operator;
import dev.cascade.contract.check.Type.Quantity;
import dev.cascade.contract.runtime.Period;
import dev.cascade.contract.runtime.Unit;
import java.util.Optional;

/**
 * Arithmetic on units. {@code money × rate × duration / basis} is money: a yearly rate times days
 * is completed by dividing by the day-count basis; a daily rate times days is complete at once.
 */
final class Units {

  private Units() {}

  /** The result of {@code left op right}, or empty when the units do not combine. */
  static Optional<Type> arithmetic(Operator operator, Type left, Type right) {
    if (left instanceof Type.Date) {
      return dateArithmetic(operator, right);
    }
    if (!(left instanceof Quantity l) || !(right instanceof Quantity r)) {
      return Optional.empty();
    }
    return switch (operator) {
      case PLUS, MINUS -> l.equals(r) ? Optional.of(l) : Optional.empty();
      case TIMES -> times(l, r);
      case DIVIDED -> divided(l, r);
      default -> Optional.empty();
    };
  }

  private static Optional<Type> dateArithmetic(Operator operator, Type right) {
    if (operator == Operator.MINUS && right instanceof Type.Date) {
      return Optional.of(Quantity.DURATION);
    }
    boolean duration = right instanceof Quantity q && q.isDuration();
    if (duration && (operator == Operator.PLUS || operator == Operator.MINUS)) {
      return Optional.of(Type.DATE);
    }
    return Optional.empty();
  }

  private static Optional<Type> times(Quantity left, Quantity right) {
    Unit l = left.unit();
    Unit r = right.unit();
    if (l.currency().isPresent() && r.currency().isPresent()) {
      return Optional.empty();
    }
    if (l.rate() > 0 && r.rate() > 0 || l.duration() > 0 && r.duration() > 0) {
      return Optional.empty();
    }
    Period period = l.rate() > 0 ? l.period() : r.period();
    Unit product =
        new Unit(
            l.currency().or(r::currency), l.rate() + r.rate(), l.duration() + r.duration(), period);
    return Optional.of(new Quantity(completeDaily(product)));
  }

  /** A daily rate times a number of days is a plain fraction. */
  private static Unit completeDaily(Unit product) {
    if (product.rate() == 1 && product.duration() == 1 && product.period() == Period.DAY) {
      return new Unit(product.currency(), 0, 0, Period.YEAR);
    }
    return product;
  }

  private static Optional<Type> divided(Quantity left, Quantity right) {
    if (right.isNumber()) {
      // Dividing a yearly rate × days by a number is dividing by the day-count basis.
      Unit l = left.unit();
      if (l.rate() == 1 && l.duration() == 1 && l.period() == Period.YEAR) {
        return Optional.of(new Quantity(new Unit(l.currency(), 0, 0, Period.YEAR)));
      }
      return Optional.of(left);
    }
    if (left.equals(right)) {
      return Optional.of(Quantity.NUMBER); // a ratio: money / money, days / days
    }
    return Optional.empty();
  }
}
