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
  void aMoneyQuotientIsTheThirtyFourDigitQuotientRoundedToTheMinorUnit() {
    Random random = new Random(20261123L);
    for (int i = 0; i < 200_000; i++) {
      BigDecimal dividend = decimal(random);
      BigDecimal divisor = decimal(random);
      if (divisor.signum() == 0) {
        continue;
      }
      Unit unit = random.nextBoolean() ? CNY : JPY;
      RoundingMode rounding = RoundingMode.values()[random.nextInt(7)];
      BigDecimal reference =
          dividend.divide(divisor, Ops.DIVISION).setScale(Units.scale(unit), rounding);

      Value quotient =
          Ops.divide(
              new Value.Numeric(dividend, CNY),
              new Value.Numeric(divisor, Unit.NUMBER),
              unit,
              rounding,
              1,
              1);

      assertThat(((Value.Numeric) quotient).value())
          .as("%s / %s, %s", dividend, divisor, rounding)
          .isEqualTo(reference);
    }
  }

  @Test
  void quotientsKeepThirtyFourSignificantDigitsWhereRoundingIsCloseToAHalf() {
    // 1 / 3 rounds away at the 34th digit; 2.5 / 1 is exact; 9.99…95 / 1 carries into a new digit.
    assertThat(Ops.significant(BigDecimal.ONE, new BigDecimal("3")))
        .isEqualByComparingTo(BigDecimal.ONE.divide(new BigDecimal("3"), Ops.DIVISION));
    BigDecimal nines = new BigDecimal("9.9999999999999999999999999999999999995");
    assertThat(Ops.significant(nines, BigDecimal.ONE))
        .isEqualByComparingTo(nines.divide(BigDecimal.ONE, Ops.DIVISION));
    BigDecimal halfCent = new BigDecimal("0.0050000000000000000000000000000000001");
    assertThat(Ops.significant(halfCent, BigDecimal.ONE).setScale(2, RoundingMode.HALF_EVEN))
        .isEqualTo(
            halfCent.divide(BigDecimal.ONE, Ops.DIVISION).setScale(2, RoundingMode.HALF_EVEN));
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
