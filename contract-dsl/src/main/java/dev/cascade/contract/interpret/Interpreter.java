package dev.cascade.contract.interpret;

import dev.cascade.contract.ast.Action;
import dev.cascade.contract.ast.Contract;
import dev.cascade.contract.ast.Message;
import dev.cascade.contract.ast.Rule;
import dev.cascade.contract.ast.Trigger;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.runtime.AutomaticAction;
import dev.cascade.contract.runtime.Input;
import dev.cascade.contract.runtime.Value;
import dev.cascade.contract.runtime.Verdict;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates a checked contract's rules for one occasion, in declared order. The first rejection
 * decides; otherwise every firing rule's automatic actions apply, and a {@code set} is seen by the
 * rules after it.
 */
public final class Interpreter {

  private final CheckedContract checked;
  private final Map<String, Value> parameters = new HashMap<>();

  public Interpreter(CheckedContract checked) {
    this.checked = checked;
    Evaluator constants = new Evaluator(checked, Map.of(), null);
    for (Contract.Parameter parameter : checked.contract().parameters()) {
      parameters.put(parameter.name().text(), constants.evaluate(parameter.value()));
    }
  }

  /**
   * @throws EvaluationError when the input lacks what a rule reads, or a rule divides by zero
   */
  public Verdict evaluate(Input input) {
    Map<String, Value> names = new HashMap<>(parameters);
    names.putAll(input.views());
    Environment environment = new Environment(names);
    List<Verdict.Firing> fired = new ArrayList<>();
    List<AutomaticAction> actions = new ArrayList<>();
    for (Rule rule : checked.contract().rules()) {
      if (!triggered(rule.trigger(), input, environment)) {
        continue;
      }
      Evaluator evaluator = new Evaluator(checked, environment.names(), input.today());
      boolean holds = rule.guard().map(evaluator::holds).orElse(true);
      if (!holds) {
        continue;
      }
      Optional<Verdict.Rejection> rejection = apply(rule, evaluator, environment, actions);
      // After the actions, so that the values they computed with are shown too.
      fired.add(new Verdict.Firing(rule.name(), evaluator.bindings()));
      if (rejection.isPresent()) {
        return new Verdict(rejection, fired, List.of());
      }
    }
    return new Verdict(Optional.empty(), fired, actions);
  }

  private boolean triggered(Trigger trigger, Input input, Environment environment) {
    if (trigger instanceof Trigger.OnEvent on) {
      return input.occasion().event().filter(on.event()::equals).isPresent();
    }
    if (!input.occasion().isDay()) {
      return false;
    }
    if (trigger instanceof Trigger.BeforeMaturity before) {
      Evaluator evaluator = new Evaluator(checked, environment.names(), input.today());
      Value.Numeric offset = (Value.Numeric) evaluator.evaluate(before.offset());
      Value.DateValue maturity =
          (Value.DateValue) evaluator.evaluate(Paths.certificateMaturity(before.span()));
      long daysLeft = ChronoUnit.DAYS.between(input.today(), maturity.date());
      return offset.value().compareTo(java.math.BigDecimal.valueOf(daysLeft)) == 0;
    }
    return true; // every day
  }

  private Optional<Verdict.Rejection> apply(
      Rule rule, Evaluator evaluator, Environment environment, List<AutomaticAction> actions) {
    for (Action action : rule.actions()) {
      if (action instanceof Action.Reject reject) {
        return Optional.of(
            new Verdict.Rejection(rule.name(), message(reject.message(), evaluator)));
      }
      AutomaticAction automatic = automatic(rule.name(), action, evaluator);
      if (automatic instanceof AutomaticAction.SetField set) {
        environment.setOperationField(set.field().substring("operation.".length()), set.value());
      }
      actions.add(automatic);
    }
    return Optional.empty();
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
          rule, accrue.kind().text(), evaluator.evaluate(accrue.amount()));
    }
    if (action instanceof Action.SetField set) {
      return new AutomaticAction.SetField(
          rule, set.target().text(), evaluator.evaluate(set.value()));
    }
    if (action instanceof Action.Settle settle) {
      return new AutomaticAction.Settle(rule, settle.target().text());
    }
    Action.Freeze freeze = (Action.Freeze) action;
    return new AutomaticAction.Freeze(rule, freeze.target().text());
  }

  /** Text as written; each {interpolation} as its value in RCL's spelling. */
  static String message(Message message, Evaluator evaluator) {
    StringBuilder text = new StringBuilder();
    for (Message.Part part : message.parts()) {
      if (part instanceof Message.Text literal) {
        text.append(literal.text());
      } else {
        Value value = evaluator.evaluate(((Message.Interpolation) part).expression());
        text.append(value instanceof Value.Text t ? t.text() : value.render());
      }
    }
    return text.toString();
  }
}
