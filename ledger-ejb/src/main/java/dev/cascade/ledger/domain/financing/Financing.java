package dev.cascade.ledger.domain.financing;

import dev.cascade.ledger.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a bank charged and paid to finance a certificate: the interest it keeps and the proceeds the
 * holder receives, as the programme's contract set them or, when it set none, by the default
 * discount formula.
 */
public record Financing(String certificateId, String bank, Money interest, Money proceeds) {

  /** The day-count basis of the default discount formula: a 360-day year. */
  public static final int DEFAULT_BASIS = 360;

  /**
   * The default discount: interest = face × yearly rate × days ÷ 360, rounded half-even to the
   * currency's minor unit.
   */
  public static Money defaultInterest(Money face, BigDecimal yearlyRate, long days) {
    BigDecimal amount =
        face.amount()
            .multiply(yearlyRate)
            .multiply(BigDecimal.valueOf(days))
            .divide(
                BigDecimal.valueOf(DEFAULT_BASIS), face.amount().scale(), RoundingMode.HALF_EVEN);
    return new Money(amount, face.currency());
  }
}
