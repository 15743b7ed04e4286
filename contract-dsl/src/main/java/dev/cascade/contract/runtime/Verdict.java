package dev.cascade.contract.runtime;

import java.util.List;
import java.util.Optional;

/**
 * What a contract decided: accepted with its automatic actions, or rejected by a named rule with
 * its message. Either way it lists the rules that fired and the values that made their conditions
 * true, and the rules its event triggered whose conditions were false, with the values that made
 * them so ({@code notFired}: what {@code rcl explain} answers "why not?" with).
 */
public record Verdict(
    Optional<Rejection> rejection,
    List<Firing> fired,
    List<AutomaticAction> actions,
    List<Firing> notFired) {

  public Verdict {
    fired = List.copyOf(fired);
    actions = List.copyOf(actions);
    notFired = List.copyOf(notFired);
  }

  /** A verdict that says nothing of the rules whose conditions were false. */
  public Verdict(Optional<Rejection> rejection, List<Firing> fired, List<AutomaticAction> actions) {
    this(rejection, fired, actions, List.of());
  }

  public boolean accepted() {
    return rejection.isEmpty();
  }

  /** A value a firing rule read: {@code certificate.amount = CNY 1,000.00}. */
  public record Binding(String expression, Value value) {
    /** As explanations show it; rendered only when asked for, not on every evaluation. */
    @Override
    public String toString() {
      return shown(false);
    }

    /** As explanations show it, in a contract written in Chinese or not: {@code … = 22 天}. */
    public String shown(boolean chinese) {
      return expression + " = " + (chinese ? value.renderChinese() : value.render());
    }
  }

  /** A rule whose condition held (or that had none), or did not, and the values it read. */
  public record Firing(String rule, List<Binding> values) {
    public Firing {
      values = List.copyOf(values);
    }
  }

  /** The rule that refused the operation, and why. */
  public record Rejection(String rule, String message) {}
}
