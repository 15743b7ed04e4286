package dev.cascade.contract.runtime;

import java.util.List;
import java.util.Optional;

/**
 * What a contract decided: accepted with its automatic actions, or rejected by a named rule with
 * its message. Either way it lists the rules that fired and the values that made their conditions
 * true.
 */
public record Verdict(
    Optional<Rejection> rejection, List<Firing> fired, List<AutomaticAction> actions) {

  public Verdict {
    fired = List.copyOf(fired);
    actions = List.copyOf(actions);
  }

  public boolean accepted() {
    return rejection.isEmpty();
  }

  /** A value a firing rule read: {@code certificate.amount = CNY 1,000.00}. */
  public record Binding(String expression, Value value) {
    /** As explanations show it; rendered only when asked for, not on every evaluation. */
    @Override
    public String toString() {
      return expression + " = " + value.render();
    }
  }

  /** A rule whose condition held (or that had none). */
  public record Firing(String rule, List<Binding> values) {
    public Firing {
      values = List.copyOf(values);
    }
  }

  /** The rule that refused the operation, and why. */
  public record Rejection(String rule, String message) {}
}
