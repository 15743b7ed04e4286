package dev.cascade.contract.check;

import dev.cascade.contract.ast.Expression;
import dev.cascade.contract.runtime.Unit;
import dev.cascade.contract.runtime.Units;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Rounding as analysts write it: the modes' names in English and Chinese, and the step that {@code
 * rounded} rounds to when the contract names none.
 */
public final class RoundingModes {

  /** Every name of every mode, English first. */
  static final Map<String, RoundingMode> NAMES = names();

  /** A share or a rate is rounded to a hundredth of a percent (a basis point) unless stated. */
  private static final BigDecimal BASIS_POINT = new BigDecimal("0.0001");

  private RoundingModes() {}

  private static Map<String, RoundingMode> names() {
    Map<String, RoundingMode> names = new LinkedHashMap<>();
    names.put("half even", RoundingMode.HALF_EVEN);
    names.put("half up", RoundingMode.HALF_UP);
    names.put("half down", RoundingMode.HALF_DOWN);
    names.put("up", RoundingMode.UP);
    names.put("down", RoundingMode.DOWN);
    names.put("ceiling", RoundingMode.CEILING);
    names.put("floor", RoundingMode.FLOOR);
    names.put("四舍六入五成双", RoundingMode.HALF_EVEN);
    names.put("四舍五入", RoundingMode.HALF_UP);
    names.put("五舍六入", RoundingMode.HALF_DOWN);
    names.put("远离零", RoundingMode.UP);
    names.put("向零", RoundingMode.DOWN);
    names.put("向上", RoundingMode.CEILING);
    names.put("向下", RoundingMode.FLOOR);
    return java.util.Collections.unmodifiableMap(names);
  }

  public static Optional<RoundingMode> named(String written) {
    return Optional.ofNullable(NAMES.get(written));
  }

  /**
   * What {@code rounded} rounds to without {@code to}: money to its minor unit (CNY 0.01), a share
   * or a rate to 0.01%, a number or a duration to a whole one.
   */
  public static BigDecimal defaultStep(Unit unit) {
    if (unit.isMoney()) {
      return BigDecimal.ONE.movePointLeft(Units.scale(unit));
    }
    if (unit.isShare() || unit.isRate()) {
      return BASIS_POINT;
    }
    return BigDecimal.ONE;
  }

  /** The number a step literal stands for: CNY 100 is 100, 0.5% is 0.005, 7 days is 7. */
  static Optional<BigDecimal> stepValue(Expression.Literal step) {
    if (step instanceof Expression.MoneyLiteral money) {
      return Optional.of(money.amount());
    }
    if (step instanceof Expression.NumberLiteral number) {
      return Optional.of(number.value());
    }
    if (step instanceof Expression.RateLiteral rate) {
      return Optional.of(rate.fraction());
    }
    if (step instanceof Expression.DurationLiteral duration) {
      return Optional.of(duration.days());
    }
    return Optional.empty();
  }
}
