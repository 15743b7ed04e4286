package dev.cascade.contract.check;

import dev.cascade.contract.runtime.EntityKind;
import dev.cascade.contract.runtime.Period;
import dev.cascade.contract.runtime.Unit;
import java.util.Map;
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

  /** Numbers with units: money, rates, durations, plain numbers and unfinished products. */
  record Quantity(Unit unit) implements Type {

    public static final Quantity NUMBER = new Quantity(Unit.NUMBER);
    public static final Quantity DURATION = new Quantity(Unit.DURATION);

    public static Quantity money(String currency) {
      return new Quantity(Unit.money(currency));
    }

    public static final Quantity SHARE = new Quantity(Unit.SHARE);

    public static Quantity rate(Period period) {
      return new Quantity(Unit.rate(period));
    }

    public Optional<String> currency() {
      return unit.currency();
    }

    public boolean isMoney() {
      return unit.isMoney();
    }

    public boolean isNumber() {
      return unit.isNumber();
    }

    public boolean isRate() {
      return unit.isRate();
    }

    public boolean isShare() {
      return unit.isShare();
    }

    public boolean isDuration() {
      return unit.isDuration();
    }

    public boolean isComplete() {
      return unit.isComplete();
    }

    @Override
    public String describe() {
      if (isMoney()) {
        return "money (" + currency().get() + ")";
      }
      if (isNumber()) {
        return "a number";
      }
      if (isShare()) {
        return "a share";
      }
      if (isRate()) {
        return unit.period() == Period.DAY ? "a daily rate" : "a yearly rate";
      }
      if (isDuration()) {
        return "a duration";
      }
      StringBuilder product = new StringBuilder(currency().isPresent() ? "money" : "number");
      product.append(" × rate".repeat(Math.max(0, unit.rate())));
      product.append(" × duration".repeat(Math.max(0, unit.duration())));
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

  /**
   * A certificate, an operation, a party or a part of a split, with the fields it has where it is
   * seen (an issuer has a credit line, a holder a tier). Two entities are of one type when they are
   * of one kind.
   */
  record Entity(EntityKind kind, Map<String, Schema.Field> fields) implements Type {

    /** An entity of {@code kind}, to compare types with: its fields are of no concern. */
    public Entity(EntityKind kind) {
      this(kind, Map.of());
    }

    public Optional<Schema.Field> field(String name) {
      return Optional.ofNullable(fields.get(name));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Entity entity && entity.kind == kind;
    }

    @Override
    public int hashCode() {
      return kind.hashCode();
    }

    @Override
    public String describe() {
      return (kind == EntityKind.OPERATION ? "an " : "a ") + kind.word();
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
