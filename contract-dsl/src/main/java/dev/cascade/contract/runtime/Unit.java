package dev.cascade.contract.runtime;

import java.util.Optional;

/**
 * The unit of a number: money has a currency, a rate is a fraction per period, a share is a
 * fraction of a whole (a rate per no period), a duration counts days. Products keep their exponents
 * until complete: money × rate × duration is money again only once divided by a day-count basis.
 */
public record Unit(Optional<String> currency, int rate, int duration, Period period) {

  public static final Unit NUMBER = new Unit(Optional.empty(), 0, 0, Period.YEAR);
  public static final Unit DURATION = new Unit(Optional.empty(), 0, 1, Period.YEAR);
  public static final Unit SHARE = new Unit(Optional.empty(), 1, 0, Period.NONE);

  public static Unit money(String currency) {
    return new Unit(Optional.of(currency), 0, 0, Period.YEAR);
  }

  /** A rate per {@code period}; per {@link Period#NONE}, a share. */
  public static Unit rate(Period period) {
    return new Unit(Optional.empty(), 1, 0, period);
  }

  public boolean isMoney() {
    return currency.isPresent() && rate == 0 && duration == 0;
  }

  public boolean isNumber() {
    return currency.isEmpty() && rate == 0 && duration == 0;
  }

  /** A yearly or daily rate; not a share. */
  public boolean isRate() {
    return currency.isEmpty() && rate == 1 && duration == 0 && period != Period.NONE;
  }

  /** A share of a whole: {@code 90%}. */
  public boolean isShare() {
    return equals(SHARE);
  }

  public boolean isDuration() {
    return currency.isEmpty() && rate == 0 && duration == 1;
  }

  /** Money, number, share, rate or duration: something a contract can name and compare. */
  public boolean isComplete() {
    return isMoney() || isNumber() || isShare() || isRate() || isDuration();
  }
}
