package dev.cascade.contract.ast;

import dev.cascade.contract.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * A programme's contract: its header, its parameters, its IF-THEN rules in declared order, and its
 * WHAT-IF scenarios.
 *
 * @param rounding the rounding mode as written ("half even", "half up"), when the contract names
 *     one
 */
public record Contract(
    String name,
    String version,
    Name currency,
    Optional<Name> rounding,
    List<Parameter> parameters,
    List<Rule> rules,
    List<Scenario> scenarios,
    boolean chinese) {

  public Contract {
    parameters = List.copyOf(parameters);
    rules = List.copyOf(rules);
    scenarios = List.copyOf(scenarios);
  }

  /** A name or word as written, with where it stands. */
  public record Name(String text, Span span) {}

  /** {@code minimum split = CNY 1,000.00} */
  public record Parameter(Name name, Expression.Literal value) {}
}
