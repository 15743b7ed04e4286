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
    List<Expectation> expectations) {

  public Scenario {
    perturbations = List.copyOf(perturbations);
    metrics = List.copyOf(metrics);
    expectations = List.copyOf(expectations);
  }

  /** {@code cash gap by tier} */
  public record Metric(String name, boolean byTier, Span span) {}

  /**
   * {@code expect cash gap of tier 3 <= CNY 2,000,000.00 on p95}: a condition on the measured
   * metrics, and the statistic of them across the runs it is judged on, when the scenario names
   * one.
   */
  public record Expectation(Expression condition, Optional<Contract.Name> statistic) {}
}
