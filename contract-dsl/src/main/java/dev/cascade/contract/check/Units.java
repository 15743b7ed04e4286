package dev.cascade.contract.check;

import dev.cascade.contract.ast.Expression.Operator;
import dev.cascade.contract.check.Type.Quantity;
import dev.cascade.contract.runtime.Period;
import dev.cascade.contract.runtime.Unit;
import java.util.Optional;

/**
 * Arithmetic on units. {@code money × rate × duration / basis} is money: a yearly rate times days
 * is completed by dividing by the day-count basis; a daily rate times days is complete at once. A
 * share ({@code 90%}) multiplies and divides like a plain number, and a share and a number add and
 * compare: both are fractions of nothing in particular.
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
      case PLUS, MINUS -> {
        if (l.equals(r)) {
          yield Optional.of(l);
        }
        yield dimensionless(l) && dimensionless(r) ? Optional.of(Quantity.SHARE) : Optional.empty();
      }
      case TIMES -> times(plain(l), plain(r)).map(product -> shared(l, r, product));
      case DIVIDED -> {
        if (l.isShare() && r.isShare()) {
          yield Optional.of(Quantity.NUMBER); // a ratio of shares
        }
        yield divided(plain(l), plain(r)).map(quotient -> shared(l, r, quotient));
      }
      default -> Optional.empty();
    };
  }

  /** A plain number or a share: the two add and compare. */
  static boolean dimensionless(Type type) {
    return type instanceof Quantity q && (q.isNumber() || q.isShare());
  }

  /** A share counts as a plain number in products and quotients. */
  private static Quantity plain(Quantity quantity) {
    return quantity.isShare() ? Quantity.NUMBER : quantity;
  }

  /** A share times or by a number stays a share: 2 × 45% is 90%. */
  private static Type shared(Quantity left, Quantity right, Type result) {
    boolean share = left.isShare() || right.isShare();
    return share && result instanceof Quantity q && q.isNumber() ? Quantity.SHARE : result;
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
