package dev.cascade.ledger.domain;

import dev.cascade.contract.runtime.Currencies;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/**
 * An exact amount in one currency, always at the currency's minor-unit scale (CNY 1,505,500.00).
 * Amounts that would need rounding to get there are refused rather than rounded.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  /** Digits before the decimal point: more than any programme's amounts, fewer than storage's. */
  public static final int MAX_INTEGER_DIGITS = 18;

  public Money {
    if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException(
          "an amount has at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
    }
    // Cascade's own table, as contracts use: a node's JDK must not change how money is kept.
    int scale =
        Currencies.minorUnits(currency.getCurrencyCode())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        currency.getCurrencyCode() + " is not a currency Cascade handles"));
    try {
      amount = amount.setScale(scale);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          amount.toPlainString()
              + " has more decimals than "
              + currency.getCurrencyCode()
              + " allows ("
              + scale
              + ")");
    }
  }

  /** {@code Money.of("CNY", "1,505,500.00")} */
  public static Money of(String currency, String amount) {
    return new Money(new BigDecimal(amount.replace(",", "")), Currency.getInstance(currency));
  }

  /** Nothing, in {@code currency}. */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  public Money plus(Money other) {
    return new Money(amount.add(sameCurrency(other).amount), currency);
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(sameCurrency(other).amount), currency);
  }

  public boolean isPositive() {
    return amount.signum() > 0;
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(sameCurrency(other).amount);
  }

  private Money sameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot combine " + this + " with " + other + ": currencies never mix");
    }
    return other;
  }

  @Override
  public String toString() {
    return currency.getCurrencyCode()
        + " "
        + String.format(Locale.ROOT, "%,." + amount.scale() + "f", amount);
  }
}
