package dev.cascade.contract.interpret;

import dev.cascade.contract.ast.Action;
import dev.cascade.contract.ast.Contract;
import dev.cascade.contract.ast.Expression;
import dev.cascade.contract.ast.Message;
import dev.cascade.contract.ast.Rule;
import dev.cascade.contract.ast.Trigger;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.check.Witnesses;
import dev.cascade.contract.runtime.AutomaticAction;
import dev.cascade.contract.runtime.Context;
import dev.cascade.contract.runtime.EvaluationError;
import dev.cascade.contract.runtime.Input;
import dev.cascade.contract.runtime.Occasion;
import dev.cascade.contract.runtime.Ops;
import dev.cascade.contract.runtime.Value;
import dev.cascade.contract.runtime.Verdict;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The reference semantics: evaluates a checked contract's rules for one occasion, in declared
 * order. The first rejection decides; otherwise every firing rule's automatic actions apply, and a
 * {@code set} is seen by the rules after it.
 */
public final class Interpreter {

  private final CheckedContract checked;
  private final Map<String, Value> parameters = new LinkedHashMap<>();
  private final Set<Expression> witnesses;

  public Interpreter(CheckedContract checked) {
    this.checked = checked;
    this.witnesses = Witnesses.in(checked.contract());
    for (Contract.Parameter parameter : checked.contract().parameters()) {
      parameters.put(parameter.name().text(), Literals.value(parameter.value(), checked));
    }
  }

  /**
   * The value of an expression outside the rules: a scenario's delays, dates and shocks, and its
   * expectations, which read the metrics a simulation measured.
   *
   * @param names the metrics by name ({@code cash gap}, {@code cash gap of tier 3}), besides the
   *     contract's parameters
   * @throws EvaluationError when the expression reads a metric that is not among {@code names}
   */
  public Value value(Expression expression, LocalDate today, Map<String, Value> names) {
    Map<String, Value> visible = new LinkedHashMap<>(parameters);
    visible.putAll(names);
    Context context = new Context(new Input(Occasion.day(), today, Map.of()), visible);
    return new Evaluator(checked, context, witnesses).evaluate(expression);
  }

  /**
   * @throws EvaluationError when the input lacks what a rule reads, or a rule divides by zero
   */
  public Verdict evaluate(Input input) {
    Context context = new Context(input, parameters);
    Evaluator evaluator = new Evaluator(checked, context, witnesses);
    for (Rule rule : checked.contract().rules()) {
      if (!triggered(rule.trigger(), context, evaluator)) {
        continue;
      }
      context.startRule();
      for (Rule.NamedValue value : rule.values()) {
        Ops.define(
            context, value.name().text(), (id, inner) -> evaluator.evaluate(value.value()), 0);
      }
      if (rule.guard().isPresent() && !evaluator.holds(rule.guard().get())) {
        context.pass(rule.name());
        continue;
      }
      for (Action action : rule.actions()) {
        if (action instanceof Action.Reject reject) {
          context.reject(rule.name(), message(reject.message(), evaluator));
          break;
        }
        context.act(automatic(rule.name(), action, evaluator));
      }
      // After the actions, so that the values they computed with are shown too.
      context.fire(rule.name());
      if (context.rejected()) {
        break;
      }
    }
    return context.verdict();
  }

  private static boolean triggered(Trigger trigger, Context context, Evaluator evaluator) {
    if (trigger instanceof Trigger.OnEvent on) {
      return context.isEvent(on.event().ordinal());
    }
    if (!context.isDay()) {
      return false;
    }
    if (trigger instanceof Trigger.BeforeMaturity before) {
      Value offset = evaluator.evaluate(before.offset());
      return Ops.daysBeforeMaturity(context, offset, before.span().line(), before.span().column());
    }
    return true; // every day
  }

  private static AutomaticAction automatic(String rule, Action action, Evaluator evaluator) {
    if (action instanceof Action.Mark mark) {
      return new AutomaticAction.Mark(rule, mark.target().text(), mark.state().text());
    }
    if (action instanceof Action.Notify notify) {
      return new AutomaticAction.Notify(rule, notify.party().text());
    }
    if (action instanceof Action.Accrue accrue) {
      return new AutomaticAction.Accrue(
          rule, accrue.kind().text(), evaluator.stored(accrue.amount()));
    }
    if (action instanceof Action.SetField set) {
      return new AutomaticAction.SetField(rule, set.target().text(), evaluator.stored(set.value()));
    }
    if (action instanceof Action.Settle settle) {
      return new AutomaticAction.Settle(rule, settle.target().text());
    }
    Action.Freeze freeze = (Action.Freeze) action;
    return new AutomaticAction.Freeze(rule, freeze.target().text());
  }

  /** Text as written; each {interpolation} as its value in RCL's spelling. */
  private static String message(Message message, Evaluator evaluator) {
    StringBuilder text = new StringBuilder();
    for (Message.Part part : message.parts()) {
      if (part instanceof Message.Text literal) {
        text.append(literal.text());
      } else {
        text.append(evaluator.shown(((Message.Interpolation) part).expression()));
      }
    }
    return text.toString();
  }
}
