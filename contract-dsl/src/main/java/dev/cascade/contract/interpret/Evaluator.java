package dev.cascade.contract.interpret;

import dev.cascade.contract.ast.Contract;
import dev.cascade.contract.ast.Expression;
import dev.cascade.contract.ast.Expression.Operator;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.check.Type;
import dev.cascade.contract.runtime.EvaluationError;
import dev.cascade.contract.runtime.Unit;
import dev.cascade.contract.runtime.Units;
import dev.cascade.contract.runtime.Value;
import dev.cascade.contract.runtime.Verdict;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates expressions of one rule and remembers the named values it read, which explain why the
 * rule fired.
 */
final class Evaluator {

  /** Quotients keep 34 significant digits, rounded half-even, before money rounding applies. */
  static final MathContext DIVISION = MathContext.DECIMAL128;

  private final CheckedContract checked;
  private final Map<String, Value> names;
  private final LocalDate today;
  private final Map<String, Verdict.Binding> bindings = new LinkedHashMap<>();

  Evaluator(CheckedContract checked, Map<String, Value> names, LocalDate today) {
    this.checked = checked;
    this.names = names;
    this.today = today;
  }

  List<Verdict.Binding> bindings() {
    return List.copyOf(bindings.values());
  }

  boolean holds(Expression expression) {
    return ((Value.Bool) evaluate(expression)).value();
  }

  Value evaluate(Expression expression) {
    if (expression instanceof Expression.Binary binary) {
      return binary(binary);
    }
    if (expression instanceof Expression.Not not) {
      return new Value.Bool(!holds(not.operand()));
    }
    if (expression instanceof Expression.Negate negate) {
      Value.Numeric operand = (Value.Numeric) evaluate(negate.operand());
      return new Value.Numeric(operand.value().negate(), operand.unit());
    }
    if (expression instanceof Expression.Aggregate aggregate) {
      // min and max of dates are dates: pass the type, not a unit
      return Aggregates.of(
          aggregate, (Value.ListValue) evaluate(aggregate.path()), checked.typeOf(aggregate));
    }
    if (expression instanceof Expression.Quantified quantified) {
      return quantified(quantified);
    }
    if (expression instanceof Expression.Today) {
      return today(expression);
    }
    if (expression instanceof Expression.Path path) {
      return path(path);
    }
    if (expression instanceof Expression.MetricOfTier metric) {
      throw new EvaluationError(
          "metrics are measured by scenarios, not by rules",
          metric.span().line(),
          metric.span().column());
    }
    return Literals.value((Expression.Literal) expression);
  }

  private Value today(Expression expression) {
    if (today == null) {
      throw new EvaluationError(
          "a parameter cannot depend on today",
          expression.span().line(),
          expression.span().column());
    }
    Value value = new Value.DateValue(today);
    bindings.putIfAbsent("today", new Verdict.Binding("today", value.render()));
    return value;
  }

  private Value binary(Expression.Binary binary) {
    Operator operator = binary.operator();
    if (operator == Operator.AND) {
      return new Value.Bool(holds(binary.left()) && holds(binary.right()));
    }
    if (operator == Operator.OR) {
      return new Value.Bool(holds(binary.left()) || holds(binary.right()));
    }
    Value left = evaluate(binary.left());
    Value right = evaluate(binary.right());
    if (operator.isComparison()) {
      return new Value.Bool(Comparisons.holds(operator, left, right));
    }
    if (left instanceof Value.DateValue date) {
      return dateArithmetic(binary, date, right);
    }
    return arithmetic(binary, (Value.Numeric) left, (Value.Numeric) right);
  }

  private Value dateArithmetic(Expression.Binary binary, Value.DateValue date, Value right) {
    if (right instanceof Value.DateValue other) {
      long days = ChronoUnit.DAYS.between(other.date(), date.date());
      return new Value.Numeric(BigDecimal.valueOf(days), Unit.DURATION);
    }
    BigDecimal days = ((Value.Numeric) right).value();
    long whole;
    try {
      whole = days.longValueExact();
    } catch (ArithmeticException e) {
      throw new EvaluationError(
          "a date moves by whole days, not " + days.toPlainString(),
          binary.span().line(),
          binary.span().column());
    }
    try {
      long signed = binary.operator() == Operator.MINUS ? Math.negateExact(whole) : whole;
      return new Value.DateValue(date.date().plusDays(signed));
    } catch (DateTimeException | ArithmeticException e) {
      throw new EvaluationError(
          "the date "
              + date.render()
              + " moved by "
              + days.toPlainString()
              + " days is out of range",
          binary.span().line(),
          binary.span().column());
    }
  }

  private Value arithmetic(Expression.Binary binary, Value.Numeric left, Value.Numeric right) {
    Unit unit = unit(binary);
    BigDecimal result =
        switch (binary.operator()) {
          case PLUS -> left.value().add(right.value());
          case MINUS -> left.value().subtract(right.value());
          case TIMES -> left.value().multiply(right.value());
          default -> divide(binary, left.value(), right.value());
        };
    boolean scaling = binary.operator() == Operator.TIMES || binary.operator() == Operator.DIVIDED;
    if (unit.isMoney() && scaling) {
      result = result.setScale(Units.scale(unit), checked.rounding());
    }
    return new Value.Numeric(result, unit);
  }

  private static BigDecimal divide(
      Expression.Binary binary, BigDecimal dividend, BigDecimal divisor) {
    if (divisor.signum() == 0) {
      throw new EvaluationError(
          "division by zero", binary.right().span().line(), binary.right().span().column());
    }
    return dividend.divide(divisor, DIVISION);
  }

  private Unit unit(Expression expression) {
    return ((Type.Quantity) checked.typeOf(expression)).unit();
  }

  private Value quantified(Expression.Quantified quantified) {
    Value.ListValue list = (Value.ListValue) evaluate(quantified.collection());
    for (Value element : list.elements()) {
      Map<String, Value> inner = new LinkedHashMap<>(names);
      inner.put(quantified.variable(), element);
      Evaluator nested = new Evaluator(checked, inner, today);
      boolean holds = nested.holds(quantified.condition());
      if (holds != quantified.all()) {
        nested.bindings.values().forEach(b -> bindings.putIfAbsent(b.expression(), b));
        return new Value.Bool(!quantified.all());
      }
    }
    return new Value.Bool(quantified.all());
  }

  private Value path(Expression.Path path) {
    List<Contract.Name> segments = path.segments();
    Value current = names.get(segments.get(0).text());
    if (current == null) {
      throw new EvaluationError(
          "the input has no " + segments.get(0).text(), path.span().line(), path.span().column());
    }
    StringBuilder walked = new StringBuilder(segments.get(0).text());
    for (Contract.Name segment : segments.subList(1, segments.size())) {
      walked.append('.').append(segment.text());
      current = field(current, segment.text(), walked.toString(), path);
    }
    bindings.putIfAbsent(path.text(), new Verdict.Binding(path.text(), current.render()));
    return current;
  }

  private static Value field(Value owner, String name, String walked, Expression.Path path) {
    if (owner instanceof Value.ListValue list) {
      List<Value> values = new ArrayList<>();
      for (Value element : list.elements()) {
        values.add(field(element, name, walked, path));
      }
      return new Value.ListValue(values);
    }
    Value value = ((Value.Entity) owner).fields().get(name);
    if (value == null) {
      throw new EvaluationError(
          "the input has no " + walked, path.span().line(), path.span().column());
    }
    return value;
  }
}
