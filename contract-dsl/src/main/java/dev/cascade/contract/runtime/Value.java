package dev.cascade.contract.runtime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** RCL values at run time. */
public sealed interface Value {

  /** As RCL writes it: {@code CNY 1,656.05}, {@code 1.8%}, {@code 22 days}, {@code 2026-03-31}. */
  String render();

  /**
   * As a contract written in Chinese shows it: {@code 22 天}, {@code 1.8% 每 年}, {@code 真}, {@code
   * 拆分部分 CNY 500.00（参与方 "Ningbo Castings"）}; money, shares, dates and text as in English.
   */
  String renderChinese();

  /** A number with its unit: money, rate (as a fraction), duration (days) or a plain number. */
  record Numeric(BigDecimal value, Unit unit) implements Value {
    @Override
    public String render() {
      if (unit.isMoney()) {
        // At least the currency's decimals; more only where the value has them (900,001.035).
        int scale = Math.max(value.stripTrailingZeros().scale(), Units.scale(unit));
        return unit.currency().get() + " " + String.format(Locale.ROOT, "%,." + scale + "f", value);
      }
      if (unit.isRate() || unit.isShare()) {
        return percentage(value, unit.period());
      }
      if (unit.isDuration()) {
        String days = value.stripTrailingZeros().toPlainString();
        return days + (value.compareTo(BigDecimal.ONE) == 0 ? " day" : " days");
      }
      return value.stripTrailingZeros().toPlainString();
    }

    @Override
    public String renderChinese() {
      if (unit.isDuration()) {
        return value.stripTrailingZeros().toPlainString() + " 天";
      }
      if (unit.isRate()) {
        String percent = value.movePointRight(2).stripTrailingZeros().toPlainString();
        return percent + (unit.period() == Period.DAY ? "% 每 天" : "% 每 年");
      }
      return render();
    }

    /** {@code 90%}, {@code 4.35% per year}, {@code 0.05% per day}. */
    public static String percentage(BigDecimal fraction, Period period) {
      String percent = fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
      return switch (period) {
        case NONE -> percent;
        case YEAR -> percent + " per year";
        case DAY -> percent + " per day";
      };
    }
  }

  /**
   * A quotient kept exact, {@code dividend ÷ divisor} with the divisor positive: CNY 10.00 ÷ 3 is
   * not cut to some number of digits, so that equal formulas give equal results. It is rounded only
   * where a value leaves the contract: when a rule stores it ({@code set}, {@code accrue}) or shows
   * it, or where the contract says {@code rounded}.
   */
  record Quotient(BigDecimal dividend, BigDecimal divisor, Unit unit) implements Value {

    /** Places a quotient that does not end is shown to, when it is not money. */
    public static final int SHOWN_PLACES = 6;

    /** The value as a decimal, rounded half-even to some places: exact when it ends within them. */
    public Numeric approximate() {
      int places = unit.isMoney() ? Units.scale(unit) + 4 : SHOWN_PLACES;
      if (unit.isRate() || unit.isShare()) {
        places += 2; // shown as a percentage
      }
      BigDecimal decimal = dividend.divide(divisor, places, java.math.RoundingMode.HALF_EVEN);
      return new Numeric(decimal.stripTrailingZeros(), unit);
    }

    /** As RCL writes the value; a quotient that does not end is shown rounded, then "…". */
    @Override
    public String render() {
      return approximate().render() + (ends() ? "" : "…");
    }

    @Override
    public String renderChinese() {
      return approximate().renderChinese() + (ends() ? "" : "…");
    }

    private boolean ends() {
      return approximate().value().multiply(divisor).compareTo(dividend) == 0;
    }
  }

  /** A calendar date. */
  record DateValue(LocalDate date) implements Value {
    @Override
    public String render() {
      return date.toString();
    }

    @Override
    public String renderChinese() {
      return render();
    }
  }

  /** Text. */
  record Text(String text) implements Value {
    @Override
    public String render() {
      return "\"" + text + "\"";
    }

    @Override
    public String renderChinese() {
      return render();
    }
  }

  /** true or false. */
  record Bool(boolean value) implements Value {
    @Override
    public String render() {
      return Boolean.toString(value);
    }

    @Override
    public String renderChinese() {
      return value ? "真" : "假";
    }
  }

  /** A certificate, operation, party or part: its fields by name, in a stable order. */
  record Entity(EntityKind kind, Map<String, Value> fields) implements Value {
    public Entity {
      fields = Fields.copyOf(fields);
    }

    @Override
    public String render() {
      Value name = fields.get(kind == EntityKind.PARTY ? "name" : "id");
      if (name == null && kind == EntityKind.PART && fields.get("amount") != null) {
        // A part has no id yet: its amount and holder tell it apart.
        Value holder = fields.get("holder");
        return "a part of "
            + fields.get("amount").render()
            + (holder instanceof Entity party ? " for " + party.render() : "");
      }
      return name == null ? "a " + kind.word() : kind.word() + " " + name.render();
    }

    @Override
    public String renderChinese() {
      Value name = fields.get(kind == EntityKind.PARTY ? "name" : "id");
      if (name == null && kind == EntityKind.PART && fields.get("amount") != null) {
        Value holder = fields.get("holder");
        return kind.chinese()
            + " "
            + fields.get("amount").renderChinese()
            + (holder instanceof Entity party ? "（" + party.renderChinese() + "）" : "");
      }
      return name == null ? kind.chinese() : kind.chinese() + " " + name.renderChinese();
    }
  }

  /** A list, e.g. the parts of a split. */
  record ListValue(List<Value> elements) implements Value {
    public ListValue {
      elements = List.copyOf(elements);
    }

    @Override
    public String render() {
      return elements.stream().map(Value::render).collect(Collectors.joining(", ", "[", "]"));
    }

    @Override
    public String renderChinese() {
      return elements.stream().map(Value::renderChinese).collect(Collectors.joining("、", "[", "]"));
    }
  }
}
