package dev.cascade.contract.cli;

import dev.cascade.contract.diagnostic.Messages;
import dev.cascade.contract.simulate.Results;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A scenario's results as the terminal shows them: what ran, a table of the metrics (mean, 5th,
 * 50th and 95th percentile, worst), the business a run saw, the model the figures rest on, and each
 * expectation PASS or FAIL with its pass rate and, when it failed, by how much.
 */
final class ResultsTable {

  private final Messages messages;

  ResultsTable(Messages messages) {
    this.messages = messages;
  }

  String render(Results results, String portfolio) {
    StringBuilder out = new StringBuilder();
    out.append(
            String.format(
                Locale.ROOT,
                messages.word("simulated"),
                results.scenario(),
                results.runs(),
                results.seed(),
                results.horizon(),
                results.start(),
                portfolio))
        .append('\n');
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(messages.word("metric"), "mean", "p5", "p50", "p95", messages.word("worst")));
    for (Results.Statistic metric : results.metrics()) {
      rows.add(
          List.of(
              metric.name(),
              metric.shown(metric.mean(), results.currency()),
              metric.shown(metric.p5(), results.currency()),
              metric.shown(metric.p50(), results.currency()),
              metric.shown(metric.p95(), results.currency()),
              metric.shown(metric.worst(), results.currency())));
    }
    out.append(table(rows));
    Results.Activity activity = results.activity();
    out.append("  ")
        .append(
            String.format(
                Locale.ROOT,
                messages.word("business"),
                activity.issued().toPlainString(),
                activity.issuancesRefused().toPlainString(),
                activity.financings().toPlainString(),
                activity.financingsRefused().toPlainString()))
        .append('\n');
    Results.Model model = results.model();
    out.append("  ")
        .append(
            String.format(
                Locale.ROOT,
                messages.word("model"),
                model.behaviour().patience().stream()
                    .map(String::valueOf)
                    .collect(Collectors.joining(", ")),
                messages.word(model.behaviour().anticipate() ? "anticipate" : "surprised"),
                model.shocked().compareTo(model.rate()) == 0
                    ? percent(model.rate())
                    : percent(model.rate()) + " → " + percent(model.shocked()),
                model.rulesRun(),
                model.rulesLeftOut()))
        .append('\n');
    for (Results.Judgement judgement : results.expectations()) {
      out.append("  ")
          .append(
              String.format(
                  Locale.ROOT,
                  messages.word("expectation"),
                  messages.word(judgement.passed() ? "pass" : "fail"),
                  judgement.expectation(),
                  judgement.statistic(),
                  percent(judgement.passRate())))
          .append('\n');
      judgement.misses().forEach(miss -> out.append("       ").append(miss).append('\n'));
    }
    return out.append('\n').toString();
  }

  private static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  /** Rows in columns: the first left-aligned, the rest right-aligned. */
  private static String table(List<List<String>> rows) {
    int[] widths = new int[rows.get(0).size()];
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      out.append("  ").append(pad(row.get(0), widths[0], true));
      for (int c = 1; c < row.size(); c++) {
        out.append("  ").append(pad(row.get(c), widths[c], false));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String pad(String text, int width, boolean left) {
    String space = " ".repeat(Math.max(0, width - text.length()));
    return left ? text + space : space + text;
  }
}
