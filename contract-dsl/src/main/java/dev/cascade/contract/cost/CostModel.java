package dev.cascade.contract.cost;

import dev.cascade.contract.ast.Action;
import dev.cascade.contract.ast.Expression;
import dev.cascade.contract.ast.Message;
import dev.cascade.contract.ast.Rule;
import dev.cascade.contract.ast.Trigger;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.check.Type;

/**
 * Counts a rule's worst-case steps: one per operation, and per element wherever a list is walked (a
 * field of the parts, sum/count/min/max, any/all). Nested quantifiers multiply.
 */
public final class CostModel {

  private final CheckedContract checked;

  public CostModel(CheckedContract checked) {
    this.checked = checked;
  }

  public Cost of(Rule rule) {
    Cost cost = Cost.ONE.plus(trigger(rule.trigger()));
    for (Rule.NamedValue value : rule.values()) {
      cost = cost.plus(Cost.ONE).plus(of(value.value())); // worked out whenever the rule runs
    }
    if (rule.guard().isPresent()) {
      cost = cost.plus(of(rule.guard().get()));
    }
    for (Action action : rule.actions()) {
      cost = cost.plus(Cost.ONE).plus(action(action));
    }
    return cost;
  }

  private Cost trigger(Trigger trigger) {
    return trigger instanceof Trigger.BeforeMaturity before
        ? of(before.offset()).plus(Cost.ONE)
        : Cost.ONE;
  }

  private Cost action(Action action) {
    if (action instanceof Action.Reject reject) {
      return message(reject.message());
    }
    if (action instanceof Action.Accrue accrue) {
      return of(accrue.amount());
    }
    if (action instanceof Action.SetField set) {
      return of(set.value());
    }
    return Cost.ZERO;
  }

  private Cost message(Message message) {
    Cost cost = Cost.ONE;
    for (Message.Part part : message.parts()) {
      cost = cost.plus(Cost.ONE);
      if (part instanceof Message.Interpolation interpolation) {
        cost = cost.plus(of(interpolation.expression()));
      }
    }
    return cost;
  }

  Cost of(Expression expression) {
    if (expression instanceof Expression.Binary binary) {
      return Cost.ONE.plus(of(binary.left())).plus(of(binary.right()));
    }
    if (expression instanceof Expression.Not not) {
      return Cost.ONE.plus(of(not.operand()));
    }
    if (expression instanceof Expression.Negate negate) {
      return Cost.ONE.plus(of(negate.operand()));
    }
    if (expression instanceof Expression.Rounded rounded) {
      return Cost.ONE.plus(of(rounded.operand()));
    }
    if (expression instanceof Expression.Extreme extreme) {
      Cost cost = Cost.ONE;
      for (Expression value : extreme.values()) {
        cost = cost.plus(of(value)).plus(Cost.ONE);
      }
      return cost;
    }
    if (expression instanceof Expression.Conditional conditional) {
      // Both branches counted: a bound holds whichever one runs.
      return Cost.ONE
          .plus(of(conditional.condition()))
          .plus(of(conditional.yes()))
          .plus(of(conditional.no()));
    }
    if (expression instanceof Expression.Membership membership) {
      return Cost.ONE
          .plus(of(membership.element()))
          .plus(of(membership.list()))
          .plus(Cost.PER_PART);
    }
    if (expression instanceof Expression.ListLiteral list) {
      return new Cost(new long[] {list.elements().size() + 1});
    }
    if (expression instanceof Expression.Aggregate aggregate) {
      return of(aggregate.path()).plus(Cost.PER_PART);
    }
    if (expression instanceof Expression.Quantified quantified) {
      return of(quantified.collection()).plus(Cost.ONE.plus(of(quantified.condition())).perPart());
    }
    if (expression instanceof Expression.Path path) {
      return path(path);
    }
    if (expression instanceof Expression.Presence presence) {
      return Cost.ONE.plus(of(presence.owner()));
    }
    return Cost.ONE;
  }

  /** Each field read is a step; on a list, a step per element. */
  private Cost path(Expression.Path path) {
    Cost cost = Cost.ONE;
    if (checked.types().get(path) instanceof Type.ListOf && path.segments().size() > 1) {
      cost = cost.plus(new Cost(new long[] {0, path.segments().size() - 1}));
    } else {
      cost = cost.plus(new Cost(new long[] {path.segments().size() - 1}));
    }
    return cost;
  }
}
