package dev.cascade.contract.simulate;

import dev.cascade.contract.ast.Expression;
import dev.cascade.contract.ast.Perturbation;
import dev.cascade.contract.ast.Scenario;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.diagnostic.Code;
import dev.cascade.contract.diagnostic.Diagnostic;
import dev.cascade.contract.interpret.Interpreter;
import dev.cascade.contract.runtime.Value;
import dev.cascade.contract.source.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A scenario made concrete for one portfolio: its delays in days, its defaults on days of the
 * horizon, its rate shock and volume factor as numbers, and how many runs from which seed. Days are
 * counted from the portfolio's start (day 0).
 *
 * @param delays the payment delays, by the core enterprise that pays late
 * @param defaults the day each defaulting party defaults on (0 for a default before or on the
 *     start)
 * @param shock what is added to every bank's yearly rate (0 for none)
 * @param volume how much new business there is, against what was observed (1 for as observed)
 */
public record Plan(
    Scenario scenario,
    int horizon,
    long runs,
    long seed,
    Map<String, Delay> delays,
    Map<String, Integer> defaults,
    BigDecimal shock,
    BigDecimal volume) {

  /** The longest horizon a simulation runs: ten years. */
  public static final int MAX_HORIZON = 3_650;

  /** The most runs a simulation makes. */
  public static final long MAX_RUNS = 100_000;

  /** A delay of between {@code low} and {@code high} days, drawn per certificate. */
  public record Delay(int low, int high) {
    public boolean isFixed() {
      return low == high;
    }
  }

  /** The plan, or why the scenario cannot run on the portfolio. */
  public sealed interface Made {}

  public record Ready(Plan plan) implements Made {}

  public record Refused(List<Diagnostic> diagnostics) implements Made {}

  /**
   * Makes the scenario concrete, with the runs and seed given in place of the scenario's own.
   *
   * @param runs the runs to make instead of the scenario's (its own, else 1)
   * @param seed the seed to draw from instead of the scenario's (its own, else 0)
   */
  public static Made of(
      CheckedContract checked,
      Scenario scenario,
      Portfolio portfolio,
      Optional<Long> runs,
      Optional<Long> seed) {
    Interpreter values = new Interpreter(checked);
    LocalDate start = portfolio.start();
    List<Diagnostic> problems = new ArrayList<>();
    int horizon = days(values.value(scenario.horizon(), start, Map.of()));
    if (horizon < 1 || horizon > MAX_HORIZON) {
      problems.add(
          Diagnostic.of(
              Code.E402_HORIZON_OUT_OF_RANGE,
              scenario.horizon().span(),
              horizon + " days",
              MAX_HORIZON + " days"));
    }
    long runCount = runs.or(scenario::runs).orElse(1L);
    if (runCount < 1) {
      problems.add(
          Diagnostic.of(
              Code.E128_TOO_SMALL, scenario.span(), "runs", "1", Long.toString(runCount)));
    } else if (runCount > MAX_RUNS) {
      problems.add(Diagnostic.of(Code.E403_TOO_MANY_RUNS, scenario.span(), runCount, MAX_RUNS));
    }
    Set<String> parties =
        portfolio.parties().stream()
            .map(Portfolio.Party::name)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> payers =
        portfolio.holdings().stream()
            .map(Portfolio.Holding::issuer)
            .collect(Collectors.toCollection(TreeSet::new));
    Map<String, Delay> delays = new LinkedHashMap<>();
    Map<String, Integer> defaults = new LinkedHashMap<>();
    BigDecimal shock = BigDecimal.ZERO;
    BigDecimal volume = BigDecimal.ONE;
    for (Perturbation perturbation : scenario.perturbations()) {
      if (perturbation instanceof Perturbation.PaymentDelay delay) {
        if (known(delay.party(), parties, delay.span(), problems)) {
          if (!payers.contains(delay.party())) {
            problems.add(
                Diagnostic.of(Code.E404_NOT_A_PAYER, delay.span(), delay.party(), list(payers)));
          }
          int low = days(values.value(delay.delay(), start, Map.of()));
          int high = delay.upTo().map(e -> days(values.value(e, start, Map.of()))).orElse(low);
          delays.put(delay.party(), new Delay(low, high));
        }
      } else if (perturbation instanceof Perturbation.PartyDefault fault) {
        if (known(fault.party(), parties, fault.span(), problems)) {
          int day =
              fault
                  .on()
                  .map(e -> ((Value.DateValue) values.value(e, start, Map.of())).date())
                  .map(date -> (int) Math.max(0, ChronoUnit.DAYS.between(start, date)))
                  .orElse(0);
          defaults.put(fault.party(), day);
        }
      } else if (perturbation instanceof Perturbation.RateShock rate) {
        shock = shock.add(((Value.Numeric) values.value(rate.shock(), start, Map.of())).value());
      } else if (perturbation instanceof Perturbation.VolumeScale scale) {
        volume =
            volume.multiply(
                ((Value.Numeric) values.value(scale.factor(), start, Map.of())).value());
      }
    }
    int tiers = portfolio.holdings().stream().mapToInt(Portfolio.Holding::tier).max().orElse(0);
    scenario.expectations().stream()
        .flatMap(expectation -> expectation.condition().withDescendants())
        .filter(e -> e instanceof Expression.MetricOfTier metric && metric.tier() > tiers)
        .map(Expression.MetricOfTier.class::cast)
        .forEach(
            metric ->
                problems.add(
                    Diagnostic.of(Code.E405_NO_SUCH_TIER, metric.span(), metric.tier(), tiers)));
    if (!problems.isEmpty()) {
      return new Refused(problems);
    }
    return new Ready(
        new Plan(
            scenario,
            horizon,
            runCount,
            seed.or(scenario::seed).orElse(0L),
            delays,
            defaults,
            shock,
            volume));
  }

  private static boolean known(
      String party, Set<String> parties, Span span, List<Diagnostic> problems) {
    if (parties.contains(party)) {
      return true;
    }
    problems.add(Diagnostic.of(Code.E401_UNKNOWN_PARTY, span, party, list(parties)));
    return false;
  }

  private static String list(Set<String> names) {
    return names.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
  }

  private static int days(Value value) {
    return ((Value.Numeric) value).value().intValueExact();
  }

  /** The expectations the scenario makes, as written. */
  public List<Scenario.Expectation> expectations() {
    return scenario.expectations();
  }
}
