package dev.cascade.contract.ast;

import dev.cascade.contract.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * A WHAT-IF scenario: perturbations of the programme, a horizon, optional Monte Carlo runs with a
 * seed, the metrics to measure, and expectations that make it a regression test.
 */
public record Scenario(
    String name,
    Span span,
    List<Perturbation> perturbations,
    Expression horizon,
    Optional<Long> runs,
    Optional<Long> seed,
    List<Metric> metrics,
    List<Expression> expectations) {

  public Scenario {
    perturbations = List.copyOf(perturbations);
    metrics = List.copyOf(metrics);
    expectations = List.copyOf(expectations);
  }

  /** {@code cash gap by tier} */
  public record Metric(String name, boolean byTier, Span span) {}
}
