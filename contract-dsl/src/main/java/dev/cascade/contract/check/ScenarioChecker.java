package dev.cascade.contract.check;

import dev.cascade.contract.ast.Contract;
import dev.cascade.contract.ast.Expression;
import dev.cascade.contract.ast.Perturbation;
import dev.cascade.contract.ast.Scenario;
import dev.cascade.contract.check.Type.Quantity;
import dev.cascade.contract.diagnostic.Code;
import dev.cascade.contract.diagnostic.Diagnostics;
import dev.cascade.contract.runtime.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  void check(
      Iterable<Scenario> scenarios,
      Map<String, Type> parameters,
      List<Contract.Parameter> parameterValues) {
    Map<String, Expression.Literal> values = new HashMap<>();
    parameterValues.forEach(p -> values.putIfAbsent(p.name().text(), p.value()));
    Set<String> names = new HashSet<>();
    for (Scenario scenario : scenarios) {
      if (!names.add(scenario.name())) {
        diagnostics.report(Code.E120_DUPLICATE_SCENARIO, scenario.span(), scenario.name());
      }
      check(scenario, new Scope(parameters));
      sensible(scenario, values);
    }
  }

  /**
   * What checks in types but makes no sense: a range that runs backwards, no runs at all, a
   * negative delay, a horizon that ends before the delayed payments fall due.
   */
  private void sensible(Scenario scenario, Map<String, Expression.Literal> values) {
    scenario
        .runs()
        .filter(runs -> runs < 1)
        .ifPresent(
            runs ->
                diagnostics.report(
                    Code.E128_TOO_SMALL, scenario.span(), "runs", "1", Long.toString(runs)));
    long longest = -1;
    for (Perturbation perturbation : scenario.perturbations()) {
      if (!(perturbation instanceof Perturbation.PaymentDelay delay)) {
        continue;
      }
      Optional<Long> from = days(delay.delay(), values);
      Optional<Long> to = delay.upTo().flatMap(upTo -> days(upTo, values));
      if (from.filter(d -> d < 0).isPresent()) {
        diagnostics.report(
            Code.E128_TOO_SMALL, delay.delay().span(), "a delay", "0 days", from.get() + " days");
      } else if (from.isPresent() && to.isPresent() && from.get() > to.get()) {
        diagnostics.report(
            Code.E127_BACKWARDS_RANGE, delay.span(), from.get() + " days", to.get() + " days");
      }
      longest = Math.max(longest, to.or(() -> from).orElse(-1L));
    }
    Optional<Long> horizon = days(scenario.horizon(), values);
    if (horizon.isPresent() && horizon.get() < longest) {
      diagnostics.report(
          Code.E129_HORIZON_TOO_SHORT,
          scenario.horizon().span(),
          horizon.get() + " days",
          longest + " days");
    }
  }

  /** The whole days an expression stands for when it is a duration written out or a parameter. */
  private static Optional<Long> days(
      Expression expression, Map<String, Expression.Literal> values) {
    if (expression instanceof Expression.Negate negate) {
      return days(negate.operand(), values).map(days -> -days);
    }
    Expression written = expression;
    if (expression instanceof Expression.Path path && path.segments().size() == 1) {
      written = values.get(path.text());
    }
    if (written instanceof Expression.DurationLiteral duration) {
      return Optional.of(duration.days().longValue());
    }
    return Optional.empty();
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
    for (Scenario.Expectation expectation : scenario.expectations()) {
      expectMeasured(expectation.condition(), scope);
      expressions.expect(expectation.condition(), scope, Type.BOOL, "an expectation");
      expectation
          .statistic()
          .filter(s -> Statistics.canonical(s.text()).isEmpty())
          .ifPresent(
              s ->
                  diagnostics.report(
                      Code.E138_UNKNOWN_STATISTIC, s.span(), s.text(), Statistics.WRITTEN));
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
    } else if (expectation instanceof Expression.Rounded rounded) {
      expectMeasured(rounded.operand(), scope);
    } else if (expectation instanceof Expression.Extreme extreme) {
      extreme.values().forEach(value -> expectMeasured(value, scope));
    } else if (expectation instanceof Expression.Conditional conditional) {
      expectMeasured(conditional.condition(), scope);
      expectMeasured(conditional.yes(), scope);
      expectMeasured(conditional.no(), scope);
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
