package dev.cascade.contract.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * RCL's operations on values, shared by the interpreter and compiled contracts so that both compute
 * the same thing: exact {@link BigDecimal} arithmetic, money rounded to its currency's minor unit,
 * dates moved by whole days, comparisons by value.
 */
public final class Ops {

  /** Comparison operators, as compiled code passes them. */
  public static final int EQUAL = 0;

  public static final int NOT_EQUAL = 1;
  public static final int LESS = 2;
  public static final int LESS_OR_EQUAL = 3;
  public static final int GREATER = 4;
  public static final int GREATER_OR_EQUAL = 5;

  /** A quotient that is not money is stored with 34 significant digits, rounded half-even. */
  public static final MathContext DIVISION = MathContext.DECIMAL128;

  public static final Value TRUE = new Value.Bool(true);
  public static final Value FALSE = new Value.Bool(false);

  private Ops() {}

  // ---- literals and units -------------------------------------------------------------

  /** {@code "CNY/1/1/YEAR"}: currency (or empty), rate and duration exponents, period. */
  public static Unit unit(String code) {
    String[] parts = code.split("/", -1);
    return new Unit(
        parts[0].isEmpty() ? Optional.empty() : Optional.of(parts[0]),
        Integer.parseInt(parts[1]),
        Integer.parseInt(parts[2]),
        Period.valueOf(parts[3]));
  }

  public static String code(Unit unit) {
    return unit.currency().orElse("")
        + "/"
        + unit.rate()
        + "/"
        + unit.duration()
        + "/"
        + unit.period();
  }

  /** Constants are plain decimals of bounded size: "1505500.00", never "1E-300000000". */
  private static final java.util.regex.Pattern PLAIN =
      java.util.regex.Pattern.compile("-?[0-9]{1,64}(\\.[0-9]{1,32})?");

  public static Value numeric(String value, Unit unit) {
    if (!PLAIN.matcher(value).matches()) {
      throw new IllegalArgumentException("not a plain decimal constant: " + value);
    }
    return new Value.Numeric(new BigDecimal(value), unit);
  }

  public static Value date(String isoDate) {
    return new Value.DateValue(LocalDate.parse(isoDate));
  }

  public static Value text(String text) {
    return new Value.Text(text);
  }

  public static Value bool(boolean value) {
    return value ? TRUE : FALSE;
  }

  public static boolean isTrue(Value value) {
    return ((Value.Bool) value).value();
  }

  // ---- arithmetic ---------------------------------------------------------------------
  //
  // Exact: + − × of decimals are decimals, and a quotient stays a Quotient, so that the order of
  // factors never changes a result. Rounding happens where a value leaves the contract (stored()
  // and show()) or where the contract says "rounded" (round()).

  public static Value add(Value left, Value right, Unit unit) {
    if (left instanceof Value.Numeric l && right instanceof Value.Numeric r) {
      return new Value.Numeric(l.value().add(r.value()), unit);
    }
    return sum(left, right, false, unit);
  }

  public static Value subtract(Value left, Value right, Unit unit) {
    if (left instanceof Value.Numeric l && right instanceof Value.Numeric r) {
      return new Value.Numeric(l.value().subtract(r.value()), unit);
    }
    return sum(left, right, true, unit);
  }

  /** a/b ± c/d = (a·d ± c·b) / b·d; over one divisor, (a ± c) / b. */
  private static Value sum(Value left, Value right, boolean minus, Unit unit) {
    BigDecimal leftDivisor = divisor(left);
    BigDecimal rightDivisor = divisor(right);
    if (leftDivisor.compareTo(rightDivisor) == 0) {
      BigDecimal added = minus ? dividend(right).negate() : dividend(right);
      return quotient(dividend(left).add(added), leftDivisor, unit);
    }
    BigDecimal a = dividend(left).multiply(rightDivisor);
    BigDecimal c = dividend(right).multiply(leftDivisor);
    return quotient(minus ? a.subtract(c) : a.add(c), leftDivisor.multiply(rightDivisor), unit);
  }

  public static Value multiply(Value left, Value right, Unit unit) {
    if (left instanceof Value.Numeric l && right instanceof Value.Numeric r) {
      return new Value.Numeric(l.value().multiply(r.value()), unit);
    }
    return quotient(
        dividend(left).multiply(dividend(right)), divisor(left).multiply(divisor(right)), unit);
  }

  public static Value divide(Value left, Value right, Unit unit, int line, int column) {
    BigDecimal by = dividend(right);
    if (by.signum() == 0) {
      throw new EvaluationError(EvaluationError.Kind.DIVISION_BY_ZERO, "", line, column);
    }
    // (a/b) ÷ (c/d) = a·d / b·c, the divisor made positive.
    BigDecimal dividend = dividend(left).multiply(divisor(right));
    BigDecimal divisor = divisor(left).multiply(by);
    return by.signum() < 0
        ? quotient(dividend.negate(), divisor.negate(), unit)
        : quotient(dividend, divisor, unit);
  }

  /** A decimal when the divisor is one, else a quotient kept exact. */
  private static Value quotient(BigDecimal dividend, BigDecimal divisor, Unit unit) {
    if (divisor.compareTo(BigDecimal.ONE) == 0) {
      return new Value.Numeric(dividend, unit);
    }
    return new Value.Quotient(dividend, divisor, unit);
  }

  private static BigDecimal dividend(Value value) {
    return value instanceof Value.Numeric numeric
        ? numeric.value()
        : ((Value.Quotient) value).dividend();
  }

  private static BigDecimal divisor(Value value) {
    return value instanceof Value.Numeric ? BigDecimal.ONE : ((Value.Quotient) value).divisor();
  }

  private static Unit unitOf(Value value) {
    return value instanceof Value.Numeric numeric
        ? numeric.unit()
        : ((Value.Quotient) value).unit();
  }

  // ---- rounding -------------------------------------------------------------------------

  /**
   * {@code value rounded mode to step}: the multiple of {@code step} (positive) that {@code mode}
   * rounds the exact value to.
   */
  public static Value round(Value value, RoundingMode mode, Value step) {
    BigDecimal by = dividend(step);
    BigDecimal multiples = dividend(value).divide(divisor(value).multiply(by), 0, mode);
    return new Value.Numeric(multiples.multiply(by), unitOf(value));
  }

  /**
   * What a rule stores ({@code set}, {@code accrue}): money rounded to its currency's minor unit
   * with the contract's mode, once, and written with exactly that many decimals; a quotient that is
   * not money, to 34 significant digits.
   */
  public static Value stored(Value value, RoundingMode mode) {
    Unit unit = unitOf(value);
    if (unit.isMoney()) {
      return toMinorUnit(value, unit, mode);
    }
    if (value instanceof Value.Quotient quotient) {
      return new Value.Numeric(
          quotient.dividend().divide(quotient.divisor(), DIVISION).stripTrailingZeros(), unit);
    }
    return value;
  }

  private static Value.Numeric toMinorUnit(Value value, Unit unit, RoundingMode mode) {
    int scale = Units.scale(unit);
    if (value instanceof Value.Numeric numeric) {
      return numeric.value().scale() == scale
          ? numeric
          : new Value.Numeric(numeric.value().setScale(scale, mode), unit);
    }
    Value.Quotient quotient = (Value.Quotient) value;
    return new Value.Numeric(quotient.dividend().divide(quotient.divisor(), scale, mode), unit);
  }

  public static Value negate(Value operand) {
    return quotient(dividend(operand).negate(), divisor(operand), unitOf(operand));
  }

  /** {@code date - date}: a duration in days. */
  public static Value daysBetween(Value later, Value earlier) {
    long days =
        ChronoUnit.DAYS.between(
            ((Value.DateValue) earlier).date(), ((Value.DateValue) later).date());
    return new Value.Numeric(BigDecimal.valueOf(days), Unit.DURATION);
  }

  /** {@code date ± duration}, by whole days. */
  public static Value shift(Value date, Value days, boolean back, int line, int column) {
    BigDecimal amount = days instanceof Value.Quotient q ? q.approximate().value() : decimal(days);
    Value.DateValue start = (Value.DateValue) date;
    try {
      long whole = amount.longValueExact();
      return new Value.DateValue(start.date().plusDays(back ? Math.negateExact(whole) : whole));
    } catch (ArithmeticException | DateTimeException e) {
      throw new EvaluationError(
          EvaluationError.Kind.DATE_OUT_OF_RANGE,
          start.render() + " moved by " + amount.toPlainString() + " days",
          line,
          column);
    }
  }

  // ---- comparisons ----------------------------------------------------------------------

  public static boolean compare(int operator, Value left, Value right) {
    int order = order(left, right);
    switch (operator) {
      case EQUAL:
        return order == 0;
      case NOT_EQUAL:
        return order != 0;
      case LESS:
        return order < 0;
      case LESS_OR_EQUAL:
        return order <= 0;
      case GREATER:
        return order > 0;
      default:
        return order >= 0;
    }
  }

  /** Numbers by value (1.0 = 1.00), dates by day; anything else is equal (0) or not (1). */
  private static int order(Value left, Value right) {
    if (left instanceof Value.Numeric l && right instanceof Value.Numeric r) {
      return l.value().compareTo(r.value());
    }
    if (isNumeric(left) && isNumeric(right)) {
      // a/b against c/d, both divisors positive: a·d against c·b.
      return dividend(left)
          .multiply(divisor(right))
          .compareTo(dividend(right).multiply(divisor(left)));
    }
    if (left instanceof Value.DateValue l && right instanceof Value.DateValue r) {
      return l.date().compareTo(r.date());
    }
    return same(left, right) ? 0 : 1;
  }

  /**
   * Equality by value all the way down: CNY 100.0 and CNY 100.00 are the same amount. A party is
   * its enterprise: two named parties are the same when their names are (the issuer seen with its
   * credit line is the receiver seen with its tier).
   */
  public static boolean same(Value left, Value right) {
    if (isNumeric(left)) {
      return isNumeric(right) && order(left, right) == 0;
    }
    if (left instanceof Value.DateValue) {
      return right instanceof Value.DateValue && order(left, right) == 0;
    }
    if (left instanceof Value.Entity l && right instanceof Value.Entity r) {
      if (l.kind() == EntityKind.PARTY
          && r.kind() == EntityKind.PARTY
          && l.fields().containsKey("name")
          && r.fields().containsKey("name")) {
        return same(l.fields().get("name"), r.fields().get("name"));
      }
      return l.kind() == r.kind()
          && l.fields().keySet().equals(r.fields().keySet())
          && l.fields().keySet().stream().allMatch(k -> same(l.fields().get(k), r.fields().get(k)));
    }
    if (left instanceof Value.ListValue l && right instanceof Value.ListValue r) {
      if (l.elements().size() != r.elements().size()) {
        return false;
      }
      for (int i = 0; i < l.elements().size(); i++) {
        if (!same(l.elements().get(i), r.elements().get(i))) {
          return false;
        }
      }
      return true;
    }
    return left.equals(right);
  }

  // ---- fields, lists, quantifiers --------------------------------------------------------

  /**
   * Whether the input fills the field {@code name} of {@code owner}: {@code certificate has parent
   * id}.
   */
  public static boolean has(Value owner, String name) {
    return owner instanceof Value.Entity entity && entity.fields().containsKey(name);
  }

  /** A field of an entity; of a list of entities, the list of that field. */
  public static Value field(Value owner, String name, String walked, int line, int column) {
    if (owner instanceof Value.ListValue list) {
      List<Value> values = new ArrayList<>(list.elements().size());
      for (Value element : list.elements()) {
        values.add(field(element, name, walked, line, column));
      }
      return new Value.ListValue(values);
    }
    Value value = ((Value.Entity) owner).fields().get(name);
    if (value == null) {
      throw new EvaluationError(EvaluationError.Kind.MISSING_INPUT, walked, line, column);
    }
    return value;
  }

  public static Value count(Value list) {
    return new Value.Numeric(
        BigDecimal.valueOf(((Value.ListValue) list).elements().size()), Unit.NUMBER);
  }

  public static Value sum(Value list, Unit unit) {
    Value sum = new Value.Numeric(BigDecimal.ZERO, unit);
    for (Value element : ((Value.ListValue) list).elements()) {
      sum = add(sum, element, unit);
    }
    return sum;
  }

  /** {@code min of} ({@code max} false) or {@code max of}: the first of equal extremes. */
  public static Value extreme(Value list, boolean max, int line, int column) {
    List<Value> elements = ((Value.ListValue) list).elements();
    if (elements.isEmpty()) {
      throw new EvaluationError(EvaluationError.Kind.EMPTY_LIST, max ? "max" : "min", line, column);
    }
    Value best = elements.get(0);
    for (Value element : elements.subList(1, elements.size())) {
      int order = order(element, best);
      if (max ? order > 0 : order < 0) {
        best = element;
      }
    }
    return best;
  }

  /** {@code min of (a, b)} ({@code max} false) or {@code max of (a, b)}: the first of equals. */
  public static Value extremeOf(Value left, Value right, boolean max) {
    int order = order(right, left);
    return (max ? order > 0 : order < 0) ? right : left;
  }

  /** {@code element in list}: whether some element of the list is the same value. */
  public static boolean member(Value element, Value list) {
    for (Value candidate : ((Value.ListValue) list).elements()) {
      if (same(element, candidate)) {
        return true;
      }
    }
    return false;
  }

  /** An empty list, to which {@link #append} adds a list literal's elements. */
  public static Value emptyList() {
    return new Value.ListValue(List.of());
  }

  public static Value append(Value list, Value element) {
    List<Value> elements = new ArrayList<>(((Value.ListValue) list).elements());
    elements.add(element);
    return new Value.ListValue(elements);
  }

  /**
   * {@code any}/{@code all variable in list has condition}. What the deciding element read is kept
   * in the explanation; what the others read is forgotten. With {@code keep}, the deciding element
   * stays bound to the variable for the rule's actions (the witness a message names). Nested too
   * deep, it fails at its own line and column, which name its rule.
   */
  public static boolean quantify(
      Context context,
      Value list,
      boolean all,
      String variable,
      Condition condition,
      int id,
      boolean keep,
      int line,
      int column) {
    context.enter(line, column);
    try {
      for (Value element : ((Value.ListValue) list).elements()) {
        int mark = context.mark();
        Value hidden = context.let(variable, element);
        boolean holds;
        try {
          holds = condition.test(id, context);
        } catch (RuntimeException failed) {
          context.unlet(variable, hidden);
          throw failed;
        }
        if (holds != all) {
          if (!keep) {
            context.unlet(variable, hidden);
          }
          return !all;
        }
        context.unlet(variable, hidden);
        context.forgetSince(mark);
      }
      return all;
    } finally {
      context.leave();
    }
  }

  /**
   * {@code let name = …} as its rule starts: the value is worked out now, so that what the rule
   * reads later (a quantifier's variable, a field its own actions set) cannot change it. An
   * evaluation error is kept, and counts only if the rule reads the name.
   */
  public static void define(Context context, String name, Computation computation, int id) {
    Value value;
    try {
      value = computation.compute(id, context);
    } catch (EvaluationError failed) {
      context.failed(name, failed);
      return;
    }
    context.define(name, value);
  }

  /** {@code when N days before maturity}: today is exactly that long before the maturity. */
  public static boolean daysBeforeMaturity(Context context, Value offset, int line, int column) {
    Value certificate = context.name("certificate", line, column);
    Value maturity = field(certificate, "maturity", "certificate.maturity", line, column);
    long daysLeft =
        ChronoUnit.DAYS.between(context.todayDate(), ((Value.DateValue) maturity).date());
    return order(offset, new Value.Numeric(BigDecimal.valueOf(daysLeft), Unit.DURATION)) == 0;
  }

  /** {@code cash gap of tier 3} outside a scenario: there is nothing to measure. */
  public static Value metricInRule(int line, int column) {
    throw new EvaluationError(EvaluationError.Kind.METRIC_IN_RULE, "", line, column);
  }

  /**
   * A value inside a message: text as it is, money rounded to its minor unit with the contract's
   * mode, a quotient that does not end to {@link Value.Quotient#SHOWN_PLACES} places, anything else
   * as RCL writes it.
   */
  public static String show(Value value, RoundingMode mode, boolean chinese) {
    if (value instanceof Value.Text text) {
      return text.text();
    }
    if (isNumeric(value) && unitOf(value).isMoney()) {
      return toMinorUnit(value, unitOf(value), mode).render();
    }
    Value shown = value instanceof Value.Quotient quotient ? quotient.approximate() : value;
    return chinese ? shown.renderChinese() : shown.render();
  }

  private static boolean isNumeric(Value value) {
    return value instanceof Value.Numeric || value instanceof Value.Quotient;
  }

  private static BigDecimal decimal(Value value) {
    return ((Value.Numeric) value).value();
  }
}
