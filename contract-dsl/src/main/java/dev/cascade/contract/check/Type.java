package dev.cascade.contract.check;

import dev.cascade.contract.ast.RatePeriod;
import java.util.Optional;

/** The types of RCL values. */
public sealed interface Type {

  /** How diagnostics name the type: "money (CNY)", "a duration". */
  String describe();

  /** Already reported: absorbs further checks so one mistake gives one diagnostic. */
  record Error() implements Type {
    @Override
    public String describe() {
      return "an error";
    }
  }

  /**
   * Numbers with units. Money has a currency; a rate is a fraction per period; a duration counts
   * days. Products carry their exponents until they are complete: money × rate × duration must
   * still be divided by a day-count basis to be money again.
   */
  record Quantity(Optional<String> currency, int rate, int duration, RatePeriod period)
      implements Type {

    public static final Quantity NUMBER = new Quantity(Optional.empty(), 0, 0, RatePeriod.YEAR);
    public static final Quantity DURATION = new Quantity(Optional.empty(), 0, 1, RatePeriod.YEAR);

    public static Quantity money(String currency) {
      return new Quantity(Optional.of(currency), 0, 0, RatePeriod.YEAR);
    }

    public static Quantity rate(RatePeriod period) {
      return new Quantity(Optional.empty(), 1, 0, period);
    }

    public boolean isMoney() {
      return currency.isPresent() && rate == 0 && duration == 0;
    }

    public boolean isNumber() {
      return currency.isEmpty() && rate == 0 && duration == 0;
    }

    public boolean isRate() {
      return currency.isEmpty() && rate == 1 && duration == 0;
    }

    public boolean isDuration() {
      return currency.isEmpty() && rate == 0 && duration == 1;
    }

    /** Money, number, rate or duration: something a contract can name and compare. */
    public boolean isComplete() {
      return isMoney() || isNumber() || isRate() || isDuration();
    }

    @Override
    public String describe() {
      if (isMoney()) {
        return "money (" + currency.get() + ")";
      }
      if (isNumber()) {
        return "a number";
      }
      if (isRate()) {
        return period == RatePeriod.DAY ? "a daily rate" : "a rate";
      }
      if (isDuration()) {
        return "a duration";
      }
      StringBuilder product = new StringBuilder(currency.isPresent() ? "money" : "number");
      product.append(" × rate".repeat(Math.max(0, rate)));
      product.append(" × duration".repeat(Math.max(0, duration)));
      return product.toString();
    }
  }

  /** A calendar date. */
  record Date() implements Type {
    @Override
    public String describe() {
      return "a date";
    }
  }

  /** Text. */
  record Text() implements Type {
    @Override
    public String describe() {
      return "text";
    }
  }

  /** true or false. */
  record Bool() implements Type {
    @Override
    public String describe() {
      return "true or false";
    }
  }

  /** A certificate, an operation, a party or a part of a split. */
  record Entity(EntityKind kind) implements Type {
    @Override
    public String describe() {
      return "a " + kind.word();
    }
  }

  /** A list, e.g. the parts of a split. */
  record ListOf(Type element) implements Type {
    @Override
    public String describe() {
      return "a list of " + element.describe();
    }
  }

  Type ERROR = new Error();
  Type DATE = new Date();
  Type TEXT = new Text();
  Type BOOL = new Bool();
}
