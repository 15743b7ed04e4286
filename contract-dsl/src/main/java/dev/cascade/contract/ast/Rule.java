package dev.cascade.contract.ast;

import dev.cascade.contract.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * An IF-THEN rule: when its trigger happens and its guard holds (or it has none), its actions
 * apply.
 */
public record Rule(
    String name, Span span, Trigger trigger, Optional<Expression> guard, List<Action> actions) {

  public Rule {
    actions = List.copyOf(actions);
  }
}
