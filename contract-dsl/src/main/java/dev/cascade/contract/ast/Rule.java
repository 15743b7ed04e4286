package dev.cascade.contract.ast;

import dev.cascade.contract.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * An IF-THEN rule: when its trigger happens and its guard holds (or it has none), its actions
 * apply. Its named values ({@code let cap = …}) are worked out when the rule starts.
 */
public record Rule(
    String name,
    Span span,
    Trigger trigger,
    List<NamedValue> values,
    Optional<Expression> guard,
    List<Action> actions) {

  public Rule {
    values = List.copyOf(values);
    actions = List.copyOf(actions);
  }

  /** {@code let advance cap = certificate.amount * advance share} */
  public record NamedValue(Contract.Name name, Expression value) {}
}
