package dev.cascade.contract.runtime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * What a bank charges and pays to finance a part, as the ledger records it and the simulator counts
 * it: the interest and proceeds the programme's contract set ({@code set operation.interest to …}),
 * or else the default discount, interest = face × yearly rate × days ÷ {@value #DEFAULT_BASIS},
 * rounded half-even to the face value's decimals.
 *
 * @param byDefault whether the contract set no interest, so the default discount applied
 */
public record Discount(BigDecimal interest, BigDecimal proceeds, boolean byDefault) {

  /** The day-count basis of the default discount: a 360-day year. */
  public static final int DEFAULT_BASIS = 360;

  /** The default discount's interest, in the face value's decimals. */
  public static BigDecimal defaultInterest(BigDecimal face, BigDecimal yearlyRate, long days) {
    return face.multiply(yearlyRate)
        .multiply(BigDecimal.valueOf(days))
        .divide(BigDecimal.valueOf(DEFAULT_BASIS), face.scale(), RoundingMode.HALF_EVEN);
  }

  /**
   * What financing {@code face} for {@code days} at {@code yearlyRate} comes to, after the
   * contract's automatic actions on the financing.
   */
  public static Discount of(
      List<AutomaticAction> actions, BigDecimal face, BigDecimal yearlyRate, long days) {
    Optional<BigDecimal> set = set(actions, "operation.interest", face);
    BigDecimal interest = set.orElseGet(() -> defaultInterest(face, yearlyRate, days));
    BigDecimal proceeds = set(actions, "operation.proceeds", face).orElse(face.subtract(interest));
    return new Discount(interest, proceeds, set.isEmpty());
  }

  private static Optional<BigDecimal> set(
      List<AutomaticAction> actions, String field, BigDecimal like) {
    for (AutomaticAction action : actions) {
      if (action instanceof AutomaticAction.SetField set
          && set.field().equals(field)
          && set.value() instanceof Value.Numeric numeric) {
        return Optional.of(numeric.value().setScale(like.scale(), RoundingMode.HALF_EVEN));
      }
    }
    return Optional.empty();
  }
}
