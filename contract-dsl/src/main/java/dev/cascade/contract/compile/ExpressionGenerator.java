package dev.cascade.contract.compile;

import dev.cascade.contract.ast.Contract;
import dev.cascade.contract.ast.Expression;
import dev.cascade.contract.ast.Expression.Operator;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.check.Type;
import dev.cascade.contract.interpret.Comparison;
import dev.cascade.contract.runtime.Unit;
import dev.cascade.contract.source.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Label;
import org.objectweb.asm.commons.GeneratorAdapter;

/**
 * Generates the code of one expression; it leaves the expression's {@code Value} on the stack. In
 * every method it generates into, local 1 is the {@code Context}. Each instruction group is
 * commented with its stack effect.
 */
final class ExpressionGenerator {

  private static final int CONTEXT = 1;

  private final CheckedContract checked;
  private final Constants constants;
  private final Conditions conditions;
  private final Map<String, Expression.Literal> parameters;
  private final GeneratorAdapter code;
  private final Set<String> variables;
  private final Set<Expression> witnesses;

  ExpressionGenerator(
      CheckedContract checked,
      Constants constants,
      Conditions conditions,
      Map<String, Expression.Literal> parameters,
      GeneratorAdapter code,
      Set<String> variables,
      Set<Expression> witnesses) {
    this.checked = checked;
    this.constants = constants;
    this.conditions = conditions;
    this.parameters = parameters;
    this.code = code;
    this.variables = variables;
    this.witnesses = witnesses;
  }

  /** Stack: → Value */
  void value(Expression expression) {
    if (expression instanceof Expression.Binary binary) {
      binary(binary);
    } else if (expression instanceof Expression.Not
        || expression instanceof Expression.Presence
        || expression instanceof Expression.ViewPresence) {
      test(expression); // → boolean
      code.invokeStatic(RuntimeTypes.OPS, RuntimeTypes.BOOL); // boolean → Value
    } else if (expression instanceof Expression.Negate negate) {
      value(negate.operand()); // → Value
      code.invokeStatic(RuntimeTypes.OPS, RuntimeTypes.NEGATE); // Value → Value
    } else if (expression instanceof Expression.Aggregate aggregate) {
      aggregate(aggregate);
    } else if (expression instanceof Expression.Rounded rounded) {
      rounded(rounded);
    } else if (expression instanceof Expression.Extreme extreme) {
      value(extreme.values().get(0)); // → Value
      for (Expression next : extreme.values().subList(1, extreme.values().size())) {
        value(next); // Value → Value, Value
        code.push(extreme.max()); // … → Value, Value, boolean
        code.invokeStatic(RuntimeTypes.OPS, RuntimeTypes.EXTREME_OF); // … → Value
      }
    } else if (expression instanceof Expression.Conditional conditional) {
      Label no = new Label();
      Label end = new Label();
      test(conditional.condition()); // → boolean
      code.ifZCmp(GeneratorAdapter.EQ, no); // boolean →
      value(conditional.yes()); // → Value
      code.goTo(end);
      code.mark(no);
      value(conditional.no()); // → Value
      code.mark(end);
    } else if (expression instanceof Expression.Membership) {
      test(expression); // → boolean
      code.invokeStatic(RuntimeTypes.OPS, RuntimeTypes.BOOL); // boolean → Value
    } else if (expression instanceof Expression.Quantified quantified) {
      quantified(quantified); // → boolean
      code.invokeStatic(RuntimeTypes.OPS, RuntimeTypes.BOOL); // boolean → Value
    } else if (expression instanceof Expression.Today) {
      code.loadArg(0); // → Context
      code.invokeVirtual(RuntimeTypes.CONTEXT, RuntimeTypes.TODAY); // Context → Value
    } else if (expression instanceof Expression.Path path) {
      path(path);
    } else if (expression instanceof Expression.MetricOfTier metric) {
      position(metric.span()); // → int, int
      code.invokeStatic(RuntimeTypes.OPS, RuntimeTypes.METRIC_IN_RULE); // int, int → Value (throws)
    } else {
      literal((Expression.Literal) expression);
    }
  }

  /**
   * Stack: → boolean. Conditions built of comparisons, and, or and not stay unboxed booleans on the
   * stack; only what they compare is a {@code Value}.
   */
  void test(Expression expression) {
    if (expression instanceof Expression.Not not) {
      test(not.operand()); // → boolean
      code.push(true);
      code.math(GeneratorAdapter.XOR, org.objectweb.asm.Type.BOOLEAN_TYPE); // boolean → !boolean
    } else if (expression instanceof Expression.Binary binary && isLogical(binary.operator())) {
      shortCircuit(binary); // → boolean
    } else if (expression instanceof Expression.Binary binary && binary.operator().isComparison()) {
      code.push(Comparison.code(binary.operator())); // → int
      value(binary.left()); // int → int, Value
      value(binary.right()); // int, Value → int, Value, Value
      code.invokeStatic(RuntimeTypes.OPS, RuntimeTypes.COMPARE); // int, Value, Value → boolean
    } else if (expression instanceof Expression.Quantified quantified) {
      quantified(quantified); // → boolean
    } else if (expression instanceof Expression.Membership membership) {
      value(membership.element()); // → Value
      value(membership.list()); // Value → Value, Value
      code.invokeStatic(RuntimeTypes.OPS, RuntimeTypes.MEMBER); // Value, Value → boolean
    } else if (expression instanceof Expression.Presence presence) {
      value(presence.owner()); // → Value
      code.push(presence.field().text()); // Value → Value, String
      code.invokeStatic(RuntimeTypes.OPS, RuntimeTypes.HAS); // Value, String → boolean
    } else if (expression instanceof Expression.ViewPresence presence) {
      code.loadArg(0); // → Context
      code.push(presence.view().text()); // Context → Context, String
      code.invokeVirtual(RuntimeTypes.CONTEXT, RuntimeTypes.IS_FILLED); // Context, String → boolean
    } else {
      value(expression); // → Value
      code.invokeStatic(RuntimeTypes.OPS, RuntimeTypes.IS_TRUE); // Value → boolean
    }
  }

  private static boolean isLogical(Operator operator) {
    return operator == Operator.AND || operator == Operator.OR;
  }

  private void binary(Expression.Binary binary) {
    Operator operator = binary.operator();
    if (isLogical(operator) || operator.isComparison()) {
      test(binary); // → boolean
      code.invokeStatic(RuntimeTypes.OPS, RuntimeTypes.BOOL); // boolean → Value
      return;
    }
    value(binary.left()); // → Value
    value(binary.right()); // Value → Value, Value
    if (checked.typeOf(binary.left()) instanceof Type.Date) {
      dates(binary);
      return;
    }
    constants.unit(code, unit(binary)); // Value, Value → Value, Value, Unit
    switch (operator) {
      case PLUS -> code.invokeStatic(RuntimeTypes.OPS, RuntimeTypes.ADD); // → Value
      case MINUS -> code.invokeStatic(RuntimeTypes.OPS, RuntimeTypes.SUBTRACT); // → Value
      case TIMES -> code.invokeStatic(RuntimeTypes.OPS, RuntimeTypes.MULTIPLY); // → Value
      default -> {
        position(binary.right().span()); // Value, Value, Unit → …, int, int
        code.invokeStatic(RuntimeTypes.OPS, RuntimeTypes.DIVIDE); // → Value
      }
    }
  }

  /** Value (date), Value → Value */
  private void dates(Expression.Binary binary) {
    if (checked.typeOf(binary.right()) instanceof Type.Date) {
      code.invokeStatic(RuntimeTypes.OPS, RuntimeTypes.DAYS_BETWEEN); // Value, Value → Value
      return;
    }
    code.push(binary.operator() == Operator.MINUS); // Value, Value → Value, Value, boolean
    position(binary.span()); // … → …, int, int
    code.invokeStatic(
        RuntimeTypes.OPS, RuntimeTypes.SHIFT); // Value, Value, boolean, int, int → Value
  }

  /** and / or, evaluating the right side only when it decides. Stack: → boolean */
  private void shortCircuit(Expression.Binary binary) {
    boolean and = binary.operator() == Operator.AND;
    Label decided = new Label();
    Label end = new Label();
    test(binary.left()); // → boolean
    code.ifZCmp(and ? GeneratorAdapter.EQ : GeneratorAdapter.NE, decided); // boolean →
    test(binary.right()); // → boolean
    code.ifZCmp(and ? GeneratorAdapter.EQ : GeneratorAdapter.NE, decided); // boolean →
    code.push(and); // → boolean
    code.goTo(end);
    code.mark(decided);
    code.push(!and); // → boolean
    code.mark(end);
  }

  private void aggregate(Expression.Aggregate aggregate) {
    value(aggregate.path()); // → Value (a list)
    switch (aggregate.kind()) {
      case COUNT -> code.invokeStatic(RuntimeTypes.OPS, RuntimeTypes.COUNT); // Value → Value
      case SUM -> {
        constants.unit(code, unit(aggregate)); // Value → Value, Unit
        code.invokeStatic(RuntimeTypes.OPS, RuntimeTypes.SUM); // Value, Unit → Value
      }
      default -> {
        code.push(aggregate.kind() == Expression.AggregateKind.MAX); // Value → Value, boolean
        position(aggregate.span()); // … → …, int, int
        code.invokeStatic(
            RuntimeTypes.OPS, RuntimeTypes.EXTREME); // Value, boolean, int, int → Value
      }
    }
  }

  /** The condition becomes a method of its own, called back by Ops.quantify. Stack: → boolean */
  private void quantified(Expression.Quantified quantified) {
    Set<String> inner = new HashSet<>(variables);
    inner.add(quantified.variable());
    int id = conditions.register(quantified.condition(), inner);
    code.loadArg(0); // → Context
    value(quantified.collection()); // Context → Context, Value
    code.push(quantified.all()); // … → …, boolean
    code.push(quantified.variable()); // … → …, String
    code.loadThis(); // … → …, Condition
    code.push(id); // … → …, int
    code.push(witnesses.contains(quantified)); // … → …, boolean
    position(quantified.span()); // … → …, int, int
    // Context, Value, boolean, String, Condition, int, boolean, int, int → boolean
    code.invokeStatic(RuntimeTypes.OPS, RuntimeTypes.QUANTIFY);
  }

  private void path(Expression.Path path) {
    List<Contract.Name> segments = path.segments();
    String root = segments.get(0).text();
    if (parameters.containsKey(root) && !variables.contains(root)) {
      literal(parameters.get(root)); // → Value
    } else {
      code.loadArg(0); // → Context
      code.push(root); // Context → Context, String
      position(path.span()); // … → …, int, int
      code.invokeVirtual(
          RuntimeTypes.CONTEXT, RuntimeTypes.NAME); // Context, String, int, int → Value
    }
    StringBuilder walked = new StringBuilder(root);
    for (Contract.Name segment : segments.subList(1, segments.size())) {
      walked.append('.').append(segment.text());
      code.push(segment.text()); // Value → Value, String
      code.push(walked.toString()); // … → …, String
      position(path.span()); // … → …, int, int
      code.invokeStatic(
          RuntimeTypes.OPS, RuntimeTypes.FIELD); // Value, String, String, int, int → Value
    }
    // Remember what the rule read: Value → Value
    code.dup(); // Value → Value, Value
    code.loadArg(0); // → Value, Value, Context
    code.swap(); // → Value, Context, Value
    code.push(path.text()); // → Value, Context, Value, String
    code.swap(); // → Value, Context, String, Value
    code.invokeVirtual(RuntimeTypes.CONTEXT, RuntimeTypes.BIND); // → Value
  }

  /** Stack: → Value */
  private void literal(Expression.Literal literal) {
    if (literal instanceof Expression.MoneyLiteral money) {
      constants.numeric(code, money.amount().toPlainString(), Unit.money(money.currency()));
    } else if (literal instanceof Expression.RateLiteral rate) {
      constants.numeric(code, rate.fraction().toPlainString(), Unit.rate(rate.period()));
    } else if (literal instanceof Expression.DurationLiteral duration) {
      constants.numeric(code, duration.days().toPlainString(), Unit.DURATION);
    } else if (literal instanceof Expression.NumberLiteral number) {
      constants.numeric(code, number.value().toPlainString(), Unit.NUMBER);
    } else if (literal instanceof Expression.DateLiteral date) {
      constants.value(code, RuntimeTypes.DATE, date.date().toString());
    } else if (literal instanceof Expression.TextLiteral text) {
      constants.value(code, RuntimeTypes.TEXT, checked.text(text));
    } else if (literal instanceof Expression.ListLiteral list) {
      code.invokeStatic(RuntimeTypes.OPS, RuntimeTypes.EMPTY_LIST); // → Value
      for (Expression.Literal element : list.elements()) {
        literal(element); // Value → Value, Value
        code.invokeStatic(RuntimeTypes.OPS, RuntimeTypes.APPEND_ELEMENT); // → Value
      }
    } else {
      constants.value(
          code, RuntimeTypes.BOOL, Boolean.toString(((Expression.BooleanLiteral) literal).value()));
    }
  }

  /** Whether the contract is written in Chinese: its messages show 天, 每 年 and 真. */
  boolean chinese() {
    return checked.contract().chinese();
  }

  /** → RoundingMode: the contract's. */
  void rounding() {
    rounding(checked.rounding());
  }

  /** → RoundingMode */
  private void rounding(java.math.RoundingMode mode) {
    code.getStatic(RuntimeTypes.ROUNDING, mode.name(), RuntimeTypes.ROUNDING);
  }

  /** Stack: → Value, the value {@code set} or {@code accrue} stores. */
  void stored(Expression expression) {
    value(expression); // → Value
    rounding(); // Value → Value, RoundingMode
    code.invokeStatic(RuntimeTypes.OPS, RuntimeTypes.STORED); // Value, RoundingMode → Value
  }

  /** {@code x rounded mode to step}. Stack: → Value */
  private void rounded(Expression.Rounded rounded) {
    value(rounded.operand()); // → Value
    rounding(checked.mode(rounded)); // Value → Value, RoundingMode
    Unit unit = unit(rounded);
    constants.numeric(code, checked.step(rounded).toPlainString(), unit); // … → …, Value
    code.invokeStatic(RuntimeTypes.OPS, RuntimeTypes.ROUND); // Value, RoundingMode, Value → Value
  }

  /** → int, int */
  private void position(Span span) {
    code.push(span.line());
    code.push(span.column());
  }

  private Unit unit(Expression expression) {
    return ((Type.Quantity) checked.typeOf(expression)).unit();
  }
}
