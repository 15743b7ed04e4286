package dev.cascade.contract.simulate;

import dev.cascade.contract.ast.Expression;
import dev.cascade.contract.ast.Scenario;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.check.Statistics;
import dev.cascade.contract.interpret.Interpreter;
import dev.cascade.contract.runtime.EvaluationError;
import dev.cascade.contract.runtime.Ops;
import dev.cascade.contract.runtime.Value;
import dev.cascade.contract.runtime.Views;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * What a scenario's runs measured: every measured metric over the horizon, in total and by tier
 * when the scenario asks, as statistics across runs (mean, 5th, 50th and 95th percentile, worst)
 * with each run's value; the cash gap by tier day by day (5th, 50th, 95th percentile); how much
 * business the runs saw; and each expectation judged on its statistic, with the share of runs in
 * which it held. Percentiles are nearest-rank: the value at position ⌈p × runs ÷ 100⌉ of the runs'
 * values in order, so every figure is one a run really measured.
 */
public record Results(
    String scenario,
    LocalDate start,
    int horizon,
    long runs,
    long seed,
    String currency,
    List<Statistic> metrics,
    List<Daily> daily,
    Activity activity,
    List<Judgement> expectations,
    Model model) {

  /**
   * One metric across the runs.
   *
   * @param money whether it is an amount (in the currency) rather than a count
   * @param perRun each run's value, in run order
   */
  public record Statistic(
      String name,
      boolean money,
      BigDecimal mean,
      BigDecimal p5,
      BigDecimal p50,
      BigDecimal p95,
      BigDecimal worst,
      List<BigDecimal> perRun) {

    /** A value of this metric as people read it: {@code CNY 1,200.00}, or a count. */
    public String shown(BigDecimal value, String currency) {
      return money
          ? Views.money(value, currency).render()
          : value.stripTrailingZeros().toPlainString();
    }

    /**
     * The statistic by the name {@link Statistics#canonical} gives it: {@code mean}, {@code p5}, …
     */
    public BigDecimal get(String statistic) {
      return switch (statistic) {
        case "mean" -> mean;
        case "p5" -> p5;
        case "p50" -> p50;
        case "p95" -> p95;
        case "worst" -> worst;
        default -> throw new IllegalArgumentException("no statistic " + statistic);
      };
    }
  }

  /** A tier's figure (tier 0: all tiers together) on each day of the horizon. */
  public record Series(int tier, List<BigDecimal> p5, List<BigDecimal> p50, List<BigDecimal> p95) {}

  /**
   * A metric day by day: the cash gap on each day, the others as they stand up to each day; all
   * tiers together, then each tier (the cash gap always, the others when measured by tier).
   */
  public record Daily(String metric, boolean money, List<Series> series) {}

  /** The cash gap day by day, all tiers together and each tier: what the report's charts show. */
  public List<Series> cashGap() {
    return daily.stream()
        .filter(d -> d.metric().equals("cash gap"))
        .findFirst()
        .orElseThrow()
        .series();
  }

  /** The business the runs saw, on average a run. */
  public record Activity(
      BigDecimal issued,
      BigDecimal issuancesRefused,
      BigDecimal financings,
      BigDecimal financingsRefused) {}

  /**
   * An expectation: as written, whether it held on its statistic, in what share of runs it held,
   * and for each comparison that failed, by how much.
   */
  public record Judgement(
      String expectation,
      String statistic,
      boolean passed,
      BigDecimal passRate,
      List<String> misses) {}

  /**
   * What the results rest on: the behaviour, the banks' rate before the scenario's shock and with
   * it, and how many rules the simulation ran and left out (those whose effects no metric sees).
   */
  public record Model(
      Behaviour behaviour, BigDecimal rate, BigDecimal shocked, int rulesRun, int rulesLeftOut) {}

  static Results of(
      CheckedContract checked,
      String source,
      Plan plan,
      Book book,
      Rules rules,
      Measured[] measured) {
    Scenario scenario = plan.scenario();
    List<Statistic> metrics = new ArrayList<>();
    for (Scenario.Metric metric : scenario.metrics()) {
      Kind kind = Kind.of(metric.name());
      metrics.add(statistic(metric.name(), kind.money, measured, m -> kind.of(m, 0), book));
      if (metric.byTier()) {
        for (int tier = 1; tier <= book.tiers; tier++) {
          int t = tier;
          metrics.add(
              statistic(
                  metric.name() + " of tier " + tier,
                  kind.money,
                  measured,
                  m -> kind.of(m, t),
                  book));
        }
      }
    }
    List<Daily> daily = new ArrayList<>();
    daily.add(daily(Kind.CASH_GAP, true, measured, book));
    for (Scenario.Metric metric : scenario.metrics()) {
      Kind kind = Kind.of(metric.name());
      if (kind != Kind.CASH_GAP) {
        daily.add(daily(kind, metric.byTier(), measured, book));
      }
    }
    return new Results(
        scenario.name(),
        book.portfolio.start(),
        plan.horizon(),
        plan.runs(),
        plan.seed(),
        book.portfolio.currency(),
        metrics,
        daily,
        activity(measured, book),
        judge(checked, source, plan, book, metrics),
        new Model(
            book.behaviour, book.rate, book.rate.add(plan.shock()), rules.kept(), rules.dropped()));
  }

  /** The metrics a scenario can measure, and how each is read off a run. */
  private enum Kind {
    CASH_GAP(true),
    FINANCING_COST(true),
    OVERDUE_COUNT(false),
    DEFAULTED_AMOUNT(true);

    final boolean money;

    Kind(boolean money) {
      this.money = money;
    }

    static Kind of(String metric) {
      return valueOf(metric.toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
    }

    String metric() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** The run's figure for each tier on each day (the flows: up to that day). */
    long[][] byDay(Measured m) {
      return switch (this) {
        case CASH_GAP -> m.gap;
        case FINANCING_COST -> m.financingCost;
        case OVERDUE_COUNT -> m.overdue;
        case DEFAULTED_AMOUNT -> m.defaulted;
      };
    }

    /** The figure of a tier (0: all tiers together) on a day. */
    long on(Measured m, int tier, int day) {
      long[][] byDay = byDay(m);
      if (tier > 0) {
        return byDay[tier][day];
      }
      long all = 0;
      for (int t = 1; t <= m.tiers; t++) {
        all += byDay[t][day];
      }
      return all;
    }

    /**
     * The run's metric for a tier (0: all tiers together): the cash gap's highest day, the flows'
     * sum over the horizon.
     */
    long of(Measured m, int tier) {
      if (this != CASH_GAP) {
        return on(m, tier, m.horizon - 1);
      }
      long worst = 0;
      for (int day = 0; day < m.horizon; day++) {
        worst = Math.max(worst, on(m, tier, day));
      }
      return worst;
    }
  }

  private static Statistic statistic(
      String name, boolean money, Measured[] measured, ToLongFunction<Measured> read, Book book) {
    long[] values = Arrays.stream(measured).mapToLong(read).toArray();
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int scale = money ? book.decimals : 0;
    BigDecimal sum = BigDecimal.ZERO;
    for (long value : values) {
      sum = sum.add(BigDecimal.valueOf(value));
    }
    return new Statistic(
        name,
        money,
        sum.divide(BigDecimal.valueOf(values.length), money ? 0 : 2, RoundingMode.HALF_EVEN)
            .movePointLeft(scale),
        BigDecimal.valueOf(percentile(sorted, 5), scale),
        BigDecimal.valueOf(percentile(sorted, 50), scale),
        BigDecimal.valueOf(percentile(sorted, 95), scale),
        BigDecimal.valueOf(sorted[sorted.length - 1], scale),
        Arrays.stream(values).mapToObj(v -> BigDecimal.valueOf(v, scale)).toList());
  }

  /** The nearest-rank percentile of values in order: the one at ⌈percent × n ÷ 100⌉. */
  static long percentile(long[] sorted, int percent) {
    long rank = ((long) percent * sorted.length + 99) / 100;
    return sorted[(int) Math.max(rank, 1) - 1];
  }

  private static Daily daily(Kind kind, boolean byTier, Measured[] measured, Book book) {
    List<Series> series = new ArrayList<>();
    for (int tier = 0; tier <= (byTier ? book.tiers : 0); tier++) {
      series.add(series(kind, tier, measured, book));
    }
    return new Daily(kind.metric(), kind.money, series);
  }

  private static Series series(Kind kind, int tier, Measured[] measured, Book book) {
    int horizon = measured[0].horizon;
    int scale = kind.money ? book.decimals : 0;
    List<BigDecimal> p5 = new ArrayList<>(horizon);
    List<BigDecimal> p50 = new ArrayList<>(horizon);
    List<BigDecimal> p95 = new ArrayList<>(horizon);
    long[] day = new long[measured.length];
    for (int d = 0; d < horizon; d++) {
      for (int r = 0; r < measured.length; r++) {
        day[r] = kind.on(measured[r], tier, d);
      }
      Arrays.sort(day);
      p5.add(BigDecimal.valueOf(percentile(day, 5), scale));
      p50.add(BigDecimal.valueOf(percentile(day, 50), scale));
      p95.add(BigDecimal.valueOf(percentile(day, 95), scale));
    }
    return new Series(tier, p5, p50, p95);
  }

  private static Activity activity(Measured[] measured, Book book) {
    return new Activity(
        mean(measured, m -> m.issued),
        mean(measured, m -> m.issuancesRefused),
        mean(measured, m -> m.financings),
        mean(measured, m -> m.financingsRefused));
  }

  private static BigDecimal mean(Measured[] measured, ToLongFunction<Measured> read) {
    long sum = Arrays.stream(measured).mapToLong(read).sum();
    return BigDecimal.valueOf(sum)
        .divide(BigDecimal.valueOf(measured.length), 2, RoundingMode.HALF_EVEN);
  }

  // ---- expectations ---------------------------------------------------------------------------

  private static List<Judgement> judge(
      CheckedContract checked, String source, Plan plan, Book book, List<Statistic> metrics) {
    Interpreter interpreter = new Interpreter(checked);
    List<Judgement> judgements = new ArrayList<>();
    for (Scenario.Expectation written : plan.expectations()) {
      Expression expectation = written.condition();
      String on =
          written
              .statistic()
              .flatMap(name -> Statistics.canonical(name.text()))
              .orElse(Statistics.DEFAULT);
      Map<String, Value> judged = values(metrics, book, s -> s.get(on));
      boolean passed = Ops.isTrue(interpreter.value(expectation, book.portfolio.start(), judged));
      int held = 0;
      for (int run = 0; run < plan.runs(); run++) {
        int r = run;
        Map<String, Value> ofRun = values(metrics, book, s -> s.perRun().get(r));
        if (Ops.isTrue(interpreter.value(expectation, book.portfolio.start(), ofRun))) {
          held++;
        }
      }
      judgements.add(
          new Judgement(
              written(source, expectation),
              on,
              passed,
              BigDecimal.valueOf(held)
                  .divide(BigDecimal.valueOf(plan.runs()), 4, RoundingMode.HALF_EVEN),
              passed ? List.of() : misses(interpreter, expectation, book, judged)));
    }
    return judgements;
  }

  private static Map<String, Value> values(
      List<Statistic> metrics,
      Book book,
      java.util.function.Function<Statistic, BigDecimal> statistic) {
    Map<String, Value> values = new LinkedHashMap<>();
    for (Statistic metric : metrics) {
      BigDecimal value = statistic.apply(metric);
      values.put(
          metric.name(),
          metric.money()
              ? Views.money(value, book.portfolio.currency())
              : new Value.Numeric(value, dev.cascade.contract.runtime.Unit.NUMBER));
    }
    return values;
  }

  /** Each comparison of the expectation that does not hold, with both sides and the difference. */
  private static List<String> misses(
      Interpreter interpreter, Expression expectation, Book book, Map<String, Value> judged) {
    List<String> misses = new ArrayList<>();
    for (Expression.Binary comparison : comparisons(expectation)) {
      try {
        if (Ops.isTrue(interpreter.value(comparison, book.portfolio.start(), judged))) {
          continue;
        }
        Value left = interpreter.value(comparison.left(), book.portfolio.start(), judged);
        Value right = interpreter.value(comparison.right(), book.portfolio.start(), judged);
        String by =
            left instanceof Value.Numeric l && right instanceof Value.Numeric r
                ? ", off by "
                    + new Value.Numeric(l.value().subtract(r.value()).abs(), l.unit()).render()
                : "";
        misses.add(
            left.render()
                + " "
                + comparison.operator().symbol()
                + " "
                + right.render()
                + " does not hold"
                + by);
      } catch (EvaluationError e) {
        misses.add(e.getMessage());
      }
    }
    return misses;
  }

  private static List<Expression.Binary> comparisons(Expression expression) {
    List<Expression.Binary> found = new ArrayList<>();
    if (expression instanceof Expression.Binary binary) {
      if (binary.operator().isComparison()) {
        found.add(binary);
      } else {
        found.addAll(comparisons(binary.left()));
        found.addAll(comparisons(binary.right()));
      }
    } else if (expression instanceof Expression.Not not) {
      found.addAll(comparisons(not.operand()));
    }
    return found;
  }

  /**
   * The expectation as the scenario writes it: from where it starts to the end of its line, and the
   * lines after that are indented deeper than that line (an expectation that goes on).
   */
  private static String written(String source, Expression expectation) {
    dev.cascade.contract.source.Span span = expectation.span();
    List<String> lines = source.lines().toList();
    String first = lines.get(span.line() - 1);
    StringBuilder text =
        new StringBuilder(first.substring(Math.min(span.column() - 1, first.length())).strip());
    int indent = indent(first);
    for (int n = span.line(); n < lines.size(); n++) {
      String next = lines.get(n);
      if (next.isBlank() || indent(next) <= indent) {
        break;
      }
      text.append(' ').append(next.strip());
    }
    return text.toString();
  }

  private static int indent(String line) {
    return line.length() - line.stripLeading().length();
  }
}
