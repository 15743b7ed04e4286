package dev.cascade.contract.check;

import dev.cascade.contract.ast.Expression;
import dev.cascade.contract.ast.Perturbation;
import dev.cascade.contract.ast.Scenario;
import dev.cascade.contract.check.Type.Quantity;
import dev.cascade.contract.diagnostic.Code;
import dev.cascade.contract.diagnostic.Diagnostics;
import dev.cascade.contract.runtime.Period;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Checks WHAT-IF scenarios: perturbations, horizon, metrics and expectations. Expectations may name
 * the metrics the scenario measures, and a metric measured by tier as {@code <metric> of tier N}.
 */
final class ScenarioChecker {

  private final Diagnostics diagnostics;
  private final ExpressionChecker expressions;
  private final Map<String, Type> metrics;

  ScenarioChecker(Diagnostics diagnostics, ExpressionChecker expressions, String currency) {
    this.diagnostics = diagnostics;
    this.expressions = expressions;
    Type money = Quantity.money(currency);
    this.metrics =
        Map.of(
            "cash gap", money,
            "financing cost", money,
            "overdue count", Quantity.NUMBER,
            "defaulted amount", money);
  }

  void check(Iterable<Scenario> scenarios, Map<String, Type> parameters) {
    Set<String> names = new HashSet<>();
    for (Scenario scenario : scenarios) {
      if (!names.add(scenario.name())) {
        diagnostics.report(Code.E120_DUPLICATE_SCENARIO, scenario.span(), scenario.name());
      }
      check(scenario, new Scope(parameters));
    }
  }

  private void check(Scenario scenario, Scope parameters) {
    for (Perturbation perturbation : scenario.perturbations()) {
      perturbation(perturbation, parameters);
    }
    expressions.expect(scenario.horizon(), parameters, Quantity.DURATION, "a horizon");
    Map<String, Type> visible = new LinkedHashMap<>(parameters.names());
    for (Scenario.Metric metric : scenario.metrics()) {
      Type type = metrics.get(metric.name());
      if (type == null) {
        Object[] hint = Suggestions.hintArguments(metric.name(), metrics.keySet());
        diagnostics.report(
            Code.E118_UNKNOWN_METRIC, metric.span(), metric.name(), hint[0], hint[1]);
        continue;
      }
      visible.put(metric.name(), type);
      if (metric.byTier()) {
        visible.put(metric.name() + " by tier", type);
      }
    }
    Scope scope = new Scope(visible);
    for (Expression expectation : scenario.expectations()) {
      expectMeasured(expectation, scope);
      expressions.expect(expectation, scope, Type.BOOL, "an expectation");
    }
  }

  /** A known metric that the scenario does not measure gets a diagnostic of its own. */
  private void expectMeasured(Expression expectation, Scope scope) {
    if (expectation instanceof Expression.Binary binary) {
      expectMeasured(binary.left(), scope);
      expectMeasured(binary.right(), scope);
    } else if (expectation instanceof Expression.Not not) {
      expectMeasured(not.operand(), scope);
    } else if (expectation instanceof Expression.Negate negate) {
      expectMeasured(negate.operand(), scope);
    } else if (expectation instanceof Expression.MetricOfTier metric
        && scope.lookup(metric.metric() + " by tier").isEmpty()
        && metrics.containsKey(metric.metric())) {
      diagnostics.report(
          Code.E119_METRIC_NOT_MEASURED, metric.span(), metric.metric() + " by tier");
    } else if (expectation instanceof Expression.Path path
        && path.segments().size() == 1
        && metrics.containsKey(path.text())
        && scope.lookup(path.text()).isEmpty()) {
      diagnostics.report(Code.E119_METRIC_NOT_MEASURED, path.span(), path.text());
    }
  }

  private void perturbation(Perturbation perturbation, Scope scope) {
    if (perturbation instanceof Perturbation.PaymentDelay delay) {
      expressions.expect(delay.delay(), scope, Quantity.DURATION, "a payment delay");
      delay
          .upTo()
          .ifPresent(e -> expressions.expect(e, scope, Quantity.DURATION, "a payment delay"));
    } else if (perturbation instanceof Perturbation.PartyDefault fault) {
      fault.on().ifPresent(e -> expressions.expect(e, scope, Type.DATE, "the date of a default"));
    } else if (perturbation instanceof Perturbation.RateShock shock) {
      expressions.expect(shock.shock(), scope, Quantity.rate(Period.YEAR), "a rate shock");
    } else if (perturbation instanceof Perturbation.VolumeScale volume) {
      expressions.expect(volume.factor(), scope, Quantity.NUMBER, "a volume factor");
    }
  }
}
