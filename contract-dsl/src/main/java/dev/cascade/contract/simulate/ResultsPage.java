package dev.cascade.contract.simulate;

import dev.cascade.contract.diagnostic.Messages;
import dev.cascade.contract.runtime.Views;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * One self-contained HTML page a tester opens in a browser: for each scenario, the metrics table,
 * the cash gap of each tier over the horizon (the median as a line, the 5th to 95th percentile as a
 * band), the distribution of financing cost across the runs, and the expectations with PASS or
 * FAIL. Charts are inline SVG: nothing is fetched, so the page works offline and can be mailed.
 */
public final class ResultsPage {

  private static final int WIDTH = 720;
  private static final int HEIGHT = 180;
  private static final int MARGIN = 48;
  private static final String[] COLOURS = {"#444", "#1f77b4", "#d62728", "#2ca02c", "#9467bd"};

  private ResultsPage() {}

  public static String write(List<Results> all, Messages messages) {
    StringBuilder page = new StringBuilder();
    page.append("<!DOCTYPE html>\n<html lang=\"")
        .append(messages.locale().getLanguage())
        .append("\"><head><meta charset=\"utf-8\"><title>Cascade WHAT-IF</title><style>")
        .append("body{font:14px system-ui,sans-serif;margin:2em;color:#222}")
        .append("table{border-collapse:collapse;margin:1em 0}td,th{padding:4px 10px;")
        .append("border-bottom:1px solid #ddd;text-align:right;white-space:nowrap}")
        .append("td:first-child,th:first-child")
        .append("{text-align:left}.pass{color:#2a7a2a;font-weight:bold}.fail{color:#b22;")
        .append(
            "font-weight:bold}svg{background:#fafafa;border:1px solid #eee}</style></head><body>");
    for (Results results : all) {
      scenario(page, results, messages);
    }
    return page.append("</body></html>\n").toString();
  }

  private static void scenario(StringBuilder page, Results results, Messages messages) {
    page.append("<h1>")
        .append(escape(results.scenario()))
        .append("</h1><p>")
        .append(results.runs())
        .append(results.runs() == 1 ? " run · seed " : " runs · seed ")
        .append(results.seed())
        .append(" · ")
        .append(results.horizon())
        .append(" days from ")
        .append(results.start())
        .append("</p><table><tr><th>")
        .append(escape(messages.word("metric")))
        .append("</th><th>mean</th><th>p5</th><th>p50</th><th>p95</th><th>")
        .append(escape(messages.word("worst")))
        .append("</th></tr>");
    for (Results.Statistic metric : results.metrics()) {
      page.append("<tr><td>").append(escape(metric.name())).append("</td>");
      for (BigDecimal value :
          List.of(metric.mean(), metric.p5(), metric.p50(), metric.p95(), metric.worst())) {
        page.append("<td>").append(escape(metric.shown(value, results.currency()))).append("</td>");
      }
      page.append("</tr>");
    }
    page.append("</table><p>")
        .append(escape(model(results)))
        .append("</p><h2>")
        .append(escape(messages.word("by tier")))
        .append("</h2>");
    for (Results.Series series : results.cashGap()) {
      page.append(gapChart(results, series));
    }
    results.metrics().stream()
        .filter(m -> m.name().equals("financing cost"))
        .findFirst()
        .ifPresent(
            cost ->
                page.append("<h2>")
                    .append(escape(messages.word("financing cost runs")))
                    .append("</h2>")
                    .append(histogram(cost, results)));
    if (!results.expectations().isEmpty()) {
      page.append("<h2>").append(escape(messages.word("expectations"))).append("</h2><table>");
      for (Results.Judgement judgement : results.expectations()) {
        page.append("<tr><td class=\"")
            .append(judgement.passed() ? "pass" : "fail")
            .append("\">")
            .append(escape(messages.word(judgement.passed() ? "pass" : "fail")))
            .append("</td><td>")
            .append(escape(judgement.expectation()))
            .append("</td><td>")
            .append(judgement.statistic())
            .append("</td><td>")
            .append(judgement.passRate().movePointRight(2).stripTrailingZeros().toPlainString())
            .append("%</td><td>")
            .append(escape(String.join("; ", judgement.misses())))
            .append("</td></tr>");
      }
      page.append("</table>");
    }
  }

  /**
   * One tier's cash gap (or all tiers') over the horizon: the median as a line over the 5th–95th
   * percentile band, on its own scale, so that a small tier is not flattened by a large one.
   */
  private static String gapChart(Results results, Results.Series series) {
    BigDecimal highest = BigDecimal.ZERO;
    for (BigDecimal value : series.p95()) {
      highest = highest.max(value);
    }
    BigDecimal top = highest.signum() == 0 ? BigDecimal.ONE : highest;
    String colour = COLOURS[series.tier() % COLOURS.length];
    int days = results.horizon();
    StringBuilder band = new StringBuilder();
    for (int d = 0; d < days; d++) {
      band.append(point(d, days, series.p95().get(d), top)).append(' ');
    }
    for (int d = days - 1; d >= 0; d--) {
      band.append(point(d, days, series.p5().get(d), top)).append(' ');
    }
    StringBuilder line = new StringBuilder();
    for (int d = 0; d < days; d++) {
      line.append(point(d, days, series.p50().get(d), top)).append(' ');
    }
    StringBuilder svg = svg();
    svg.append("<text x=\"")
        .append(MARGIN + 8)
        .append("\" y=\"16\" fill=\"")
        .append(colour)
        .append("\" font-weight=\"bold\">")
        .append(series.tier() == 0 ? "all tiers" : "tier " + series.tier())
        .append("</text><polygon fill=\"")
        .append(colour)
        .append("\" fill-opacity=\"0.2\" points=\"")
        .append(band)
        .append("\"/><polyline fill=\"none\" stroke=\"")
        .append(colour)
        .append("\" stroke-width=\"2\" points=\"")
        .append(line)
        .append("\"/>");
    axes(
        svg,
        results.start().toString(),
        Views.money(highest, results.currency()).render(),
        results.start().plusDays(days - 1L).toString());
    return svg.append("</svg>").toString();
  }

  /** What the figures rest on, in a line. */
  private static String model(Results results) {
    Results.Model model = results.model();
    Results.Activity activity = results.activity();
    return "Holders at tier 1, 2, 3… wait "
        + model.behaviour().patience()
        + " days; "
        + (model.behaviour().anticipate()
            ? "they see delays coming"
            : "they expect payment at maturity")
        + "; banks finance at "
        + model.shocked().movePointRight(2).stripTrailingZeros().toPlainString()
        + "% a year. A run on average: "
        + activity.issued()
        + " certificates issued, "
        + activity.financings()
        + " parts financed ("
        + activity.financingsRefused()
        + " refused by the rules). "
        + model.rulesRun()
        + " rules run, "
        + model.rulesLeftOut()
        + " left out (their effects no metric sees).";
  }

  /** How many runs' financing cost fell in each of ten equal ranges between the least and most. */
  private static String histogram(Results.Statistic cost, Results results) {
    List<BigDecimal> values = cost.perRun();
    BigDecimal low = values.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    BigDecimal high = values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    int bins = 10;
    int[] counts = new int[bins];
    BigDecimal width = high.subtract(low);
    for (BigDecimal value : values) {
      int bin =
          width.signum() == 0
              ? 0
              : value
                  .subtract(low)
                  .multiply(BigDecimal.valueOf(bins))
                  .divide(width, 0, RoundingMode.FLOOR)
                  .min(BigDecimal.valueOf(bins - 1))
                  .intValue();
      counts[bin]++;
    }
    int most = java.util.Arrays.stream(counts).max().orElse(1);
    StringBuilder svg = svg();
    double barWidth = (WIDTH - 2.0 * MARGIN) / bins;
    for (int b = 0; b < bins; b++) {
      double height = (HEIGHT - 2.0 * MARGIN) * counts[b] / Math.max(most, 1);
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#1f77b4\">"
                  + "<title>%d runs</title></rect>",
              MARGIN + b * barWidth + 1,
              HEIGHT - MARGIN - height,
              barWidth - 2,
              height,
              counts[b]));
    }
    axes(
        svg,
        Views.money(low, results.currency()).render(),
        most + " runs",
        Views.money(high, results.currency()).render());
    return svg.append("</svg>").toString();
  }

  private static StringBuilder svg() {
    return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" font-size=\"11\">");
  }

  private static void axes(StringBuilder svg, String bottom, String top, String right) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>"
                + "<text x=\"4\" y=\"%d\">%s</text><text x=\"4\" y=\"%d\">%s</text>"
                + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
            MARGIN,
            HEIGHT - MARGIN,
            WIDTH - MARGIN,
            HEIGHT - MARGIN,
            MARGIN,
            MARGIN,
            MARGIN,
            HEIGHT - MARGIN,
            HEIGHT - MARGIN + 14,
            escape(bottom),
            MARGIN - 6,
            escape(top),
            WIDTH - MARGIN,
            HEIGHT - MARGIN + 28,
            escape(right)));
  }

  /** A day and an amount as a point of the chart (drawing only: the figures stay exact). */
  private static String point(int day, int days, BigDecimal value, BigDecimal top) {
    double x = MARGIN + (WIDTH - 2.0 * MARGIN) * day / Math.max(days - 1, 1);
    double y = HEIGHT - MARGIN - (HEIGHT - 2.0 * MARGIN) * value.doubleValue() / top.doubleValue();
    return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
