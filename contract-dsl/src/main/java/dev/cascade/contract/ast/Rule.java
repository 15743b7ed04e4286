package dev.cascade.contract.ast;

import dev.cascade.contract.source.Span;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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

  /**
   * Every expression of the rule, and every expression inside them: its trigger's offset, its named
   * values, its condition and what its actions work out or name.
   */
  public Stream<Expression> expressions() {
    Stream<Expression> offset =
        trigger instanceof Trigger.BeforeMaturity before
            ? Stream.of(before.offset())
            : Stream.empty();
    return Stream.of(
            offset,
            values.stream().map(NamedValue::value),
            guard.stream(),
            actions.stream().flatMap(action -> action.expressions().stream()))
        .flatMap(s -> s)
        .flatMap(Expression::withDescendants);
  }

  /** {@code let advance cap = certificate.amount * advance share} */
  public record NamedValue(Contract.Name name, Expression value) {}
}
