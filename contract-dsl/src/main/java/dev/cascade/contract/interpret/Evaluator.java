package dev.cascade.contract.interpret;

import dev.cascade.contract.ast.Contract;
import dev.cascade.contract.ast.Expression;
import dev.cascade.contract.ast.Expression.Operator;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.check.Type;
import dev.cascade.contract.runtime.Context;
import dev.cascade.contract.runtime.EvaluationError;
import dev.cascade.contract.runtime.Ops;
import dev.cascade.contract.runtime.Unit;
import dev.cascade.contract.runtime.Value;
import dev.cascade.contract.source.Span;
import java.util.List;
import java.util.Set;

/**
 * Evaluates expressions by walking the tree, with the same {@link Ops} and {@link Context} that
 * compiled contracts use; what a compiled contract computes must equal what this computes.
 */
final class Evaluator {

  private final CheckedContract checked;
  private final Context context;

  private final Set<Expression> witnesses;

  Evaluator(CheckedContract checked, Context context, Set<Expression> witnesses) {
    this.checked = checked;
    this.context = context;
    this.witnesses = witnesses;
  }

  /** What {@code set} or {@code accrue} stores: rounded once, with the contract's mode. */
  Value stored(Expression expression) {
    return Ops.stored(evaluate(expression), checked.rounding());
  }

  /** The expression's value as a message shows it. */
  String shown(Expression expression) {
    return Ops.show(evaluate(expression), checked.rounding(), checked.contract().chinese());
  }

  boolean holds(Expression expression) {
    return Ops.isTrue(evaluate(expression));
  }

  Value evaluate(Expression expression) {
    if (expression instanceof Expression.Binary binary) {
      return binary(binary);
    }
    if (expression instanceof Expression.Not not) {
      return Ops.bool(!holds(not.operand()));
    }
    if (expression instanceof Expression.Negate negate) {
      return Ops.negate(evaluate(negate.operand()));
    }
    if (expression instanceof Expression.Aggregate aggregate) {
      return aggregate(aggregate);
    }
    if (expression instanceof Expression.Extreme extreme) {
      Value best = evaluate(extreme.values().get(0));
      for (Expression next : extreme.values().subList(1, extreme.values().size())) {
        best = Ops.extremeOf(best, evaluate(next), extreme.max());
      }
      return best;
    }
    if (expression instanceof Expression.Conditional conditional) {
      return holds(conditional.condition())
          ? evaluate(conditional.yes())
          : evaluate(conditional.no());
    }
    if (expression instanceof Expression.Membership membership) {
      return Ops.bool(Ops.member(evaluate(membership.element()), evaluate(membership.list())));
    }
    if (expression instanceof Expression.Rounded rounded) {
      Value step = Ops.numeric(checked.step(rounded).toPlainString(), unit(rounded));
      return Ops.round(evaluate(rounded.operand()), checked.mode(rounded), step);
    }
    if (expression instanceof Expression.Quantified quantified) {
      Value list = evaluate(quantified.collection());
      boolean holds =
          Ops.quantify(
              context,
              list,
              quantified.all(),
              quantified.variable(),
              (id, inner) -> holds(quantified.condition()),
              0,
              witnesses.contains(quantified),
              quantified.span().line(),
              quantified.span().column());
      return Ops.bool(holds);
    }
    if (expression instanceof Expression.Presence presence) {
      return Ops.bool(Ops.has(evaluate(presence.owner()), presence.field().text()));
    }
    if (expression instanceof Expression.ViewPresence presence) {
      return Ops.bool(context.isFilled(presence.view().text()));
    }
    if (expression instanceof Expression.Today) {
      return context.today();
    }
    if (expression instanceof Expression.Path path) {
      return path(path);
    }
    if (expression instanceof Expression.MetricOfTier metric) {
      Span span = metric.span();
      String name = metric.name();
      if (!context.has(name)) {
        throw new EvaluationError(
            EvaluationError.Kind.METRIC_IN_RULE, "", span.line(), span.column());
      }
      return context.name(name, span.line(), span.column());
    }
    return Literals.value((Expression.Literal) expression, checked);
  }

  private Value binary(Expression.Binary binary) {
    Operator operator = binary.operator();
    if (operator == Operator.AND) {
      return Ops.bool(holds(binary.left()) && holds(binary.right()));
    }
    if (operator == Operator.OR) {
      return Ops.bool(holds(binary.left()) || holds(binary.right()));
    }
    Value left = evaluate(binary.left());
    Value right = evaluate(binary.right());
    Span span = binary.span();
    if (operator.isComparison()) {
      return Ops.bool(Ops.compare(Comparison.code(operator), left, right));
    }
    if (checked.typeOf(binary.left()) instanceof Type.Date) {
      return checked.typeOf(binary.right()) instanceof Type.Date
          ? Ops.daysBetween(left, right)
          : Ops.shift(left, right, operator == Operator.MINUS, span.line(), span.column());
    }
    Unit unit = unit(binary);
    switch (operator) {
      case PLUS:
        return Ops.add(left, right, unit);
      case MINUS:
        return Ops.subtract(left, right, unit);
      case TIMES:
        return Ops.multiply(left, right, unit);
      default:
        return Ops.divide(
            left, right, unit, binary.right().span().line(), binary.right().span().column());
    }
  }

  private Value aggregate(Expression.Aggregate aggregate) {
    Value list = evaluate(aggregate.path());
    Span span = aggregate.span();
    switch (aggregate.kind()) {
      case COUNT:
        return Ops.count(list);
      case SUM:
        return Ops.sum(list, unit(aggregate));
      default:
        return Ops.extreme(
            list, aggregate.kind() == Expression.AggregateKind.MAX, span.line(), span.column());
    }
  }

  private Value path(Expression.Path path) {
    List<Contract.Name> segments = path.segments();
    Span span = path.span();
    Value current = context.name(segments.get(0).text(), span.line(), span.column());
    StringBuilder walked = new StringBuilder(segments.get(0).text());
    for (Contract.Name segment : segments.subList(1, segments.size())) {
      walked.append('.').append(segment.text());
      current = Ops.field(current, segment.text(), walked.toString(), span.line(), span.column());
    }
    context.bind(path.text(), current);
    return current;
  }

  private Unit unit(Expression expression) {
    return ((Type.Quantity) checked.typeOf(expression)).unit();
  }
}
