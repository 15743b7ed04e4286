package dev.cascade.contract.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OpsTest {

  private static final Unit CNY = Unit.money("CNY");
  private static final Unit JPY = Unit.money("JPY");

  @Test
  void theOrderOfFactorsNeverChangesAStoredAmount() {
    Random random = new Random(20261201L);
    for (int i = 0; i < 100_000; i++) {
      Value amount = money(decimal(random));
      Value rate = number(decimal(random));
      Value days = number(decimal(random));
      Value basis = number(decimal(random));
      if (((Value.Numeric) basis).value().signum() == 0) {
        continue;
      }
      RoundingMode rounding = RoundingMode.values()[random.nextInt(7)];

      Value written = divide(times(times(amount, rate), days), basis);
      Value reordered = times(divide(times(amount, days), basis), rate);
      Value dividedFirst = times(times(divide(amount, basis), rate), days);

      String formula = "%s × %s × %s ÷ %s, %s".formatted(amount, rate, days, basis, rounding);
      assertThat(Ops.compare(Ops.EQUAL, written, reordered)).as(formula).isTrue();
      assertThat(Ops.compare(Ops.EQUAL, written, dividedFirst)).as(formula).isTrue();
      assertThat(Ops.stored(reordered, rounding))
          .as(formula)
          .isEqualTo(Ops.stored(written, rounding))
          .isEqualTo(Ops.stored(dividedFirst, rounding));
    }
  }

  @Test
  void aStoredQuotientIsTheExactQuotientRoundedOnceToTheMinorUnit() {
    Random random = new Random(20261123L);
    for (int i = 0; i < 100_000; i++) {
      BigDecimal dividend = decimal(random);
      BigDecimal divisor = decimal(random);
      if (divisor.signum() == 0) {
        continue;
      }
      Unit unit = random.nextBoolean() ? CNY : JPY;
      RoundingMode rounding = RoundingMode.values()[random.nextInt(7)];
      BigDecimal exact = dividend.divide(divisor, 80, RoundingMode.DOWN); // far past any tie
      boolean ends = exact.multiply(divisor).compareTo(dividend) == 0;

      Value.Numeric stored =
          (Value.Numeric)
              Ops.stored(
                  Ops.divide(new Value.Numeric(dividend, unit), number(divisor), unit, 1, 1),
                  rounding);

      // Rounded once from the exact value: at most one minor unit from it, on the mode's side.
      BigDecimal minor = BigDecimal.ONE.movePointLeft(Units.scale(unit));
      BigDecimal off = stored.value().subtract(exact);
      String quotient = "%s / %s, %s".formatted(dividend, divisor, rounding);
      assertThat(off.abs()).as(quotient).isLessThanOrEqualTo(minor);
      assertThat(stored.value().scale()).as(quotient).isEqualTo(Units.scale(unit));
      if (ends) {
        assertThat(stored.value())
            .as(quotient)
            .isEqualTo(exact.setScale(Units.scale(unit), rounding));
      }
    }
  }

  @Test
  void thirdsAddUpToTheWholeAndAQuotientTimesItsDivisorIsItsDividend() {
    Value amount = money(new BigDecimal("100.00"));
    Value third = divide(amount, number(new BigDecimal("3")));
    Value thirds = Ops.add(Ops.add(third, third, CNY), third, CNY);

    assertThat(Ops.compare(Ops.EQUAL, thirds, amount)).isTrue();
    assertThat(Ops.stored(times(third, number(new BigDecimal("3"))), RoundingMode.DOWN))
        .isEqualTo(amount);
    assertThat(Ops.stored(third, RoundingMode.HALF_EVEN)).isEqualTo(money(new BigDecimal("33.33")));
    assertThat(Ops.show(third, RoundingMode.UP, false)).isEqualTo("CNY 33.34");
    assertThat(third.render()).isEqualTo("CNY 33.333333…");
  }

  @Test
  void comparisonsAreExactAndRoundingIsWhereTheContractSaysIt() {
    // 90% of CNY 1,000,001.15 is CNY 900,001.035: more than CNY 900,001.03, less than …04.
    Value cap =
        times(
            money(new BigDecimal("1000001.15")),
            new Value.Numeric(new BigDecimal("0.9"), Unit.SHARE));

    assertThat(Ops.compare(Ops.GREATER, cap, money(new BigDecimal("900001.03")))).isTrue();
    assertThat(Ops.compare(Ops.LESS, cap, money(new BigDecimal("900001.04")))).isTrue();
    assertThat(Ops.round(cap, RoundingMode.HALF_EVEN, money(new BigDecimal("0.01"))))
        .isEqualTo(money(new BigDecimal("900001.04")));
    assertThat(Ops.round(cap, RoundingMode.DOWN, money(new BigDecimal("0.01"))))
        .isEqualTo(money(new BigDecimal("900001.03")));
    assertThat(Ops.round(cap, RoundingMode.DOWN, money(new BigDecimal("100"))))
        .isEqualTo(money(new BigDecimal("900000")));
    assertThat(Ops.show(cap, RoundingMode.DOWN, true)).isEqualTo("CNY 900,001.03");
  }

  @Test
  void aChineseContractShowsDaysRatesAndTruthInChinese() {
    Value days = new Value.Numeric(new BigDecimal("203"), Unit.DURATION);
    Value rate = new Value.Numeric(new BigDecimal("0.09"), Unit.rate(Period.YEAR));

    assertThat(Ops.show(days, RoundingMode.HALF_EVEN, true)).isEqualTo("203 天");
    assertThat(Ops.show(days, RoundingMode.HALF_EVEN, false)).isEqualTo("203 days");
    assertThat(Ops.show(rate, RoundingMode.HALF_EVEN, true)).isEqualTo("9% 每 年");
    assertThat(Ops.show(Ops.TRUE, RoundingMode.HALF_EVEN, true)).isEqualTo("真");
  }

  private static Value times(Value left, Value right) {
    return Ops.multiply(left, right, CNY);
  }

  private static Value divide(Value left, Value right) {
    return Ops.divide(left, right, CNY, 1, 1);
  }

  private static Value money(BigDecimal amount) {
    return new Value.Numeric(amount, CNY);
  }

  private static Value number(BigDecimal value) {
    return new Value.Numeric(value, Unit.NUMBER);
  }

  /** Amounts, rates and bases as contracts have them, and the extremes of precision and scale. */
  private static BigDecimal decimal(Random random) {
    int digits = 1 + random.nextInt(random.nextInt(10) == 0 ? 60 : 14);
    BigInteger unscaled = new BigInteger(digits * 4, random);
    if (random.nextInt(4) == 0) {
      unscaled = unscaled.negate();
    }
    return new BigDecimal(unscaled, random.nextInt(12) - 2);
  }
}
