package dev.cascade.contract.simulate;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Results as JSON, for files ({@code rcl simulate --json}) and the server's answers: amounts as
 * decimal strings in the currency, keys in a stable order, so that the same runs give the same
 * bytes. The layout is described in the RCL reference.
 */
public final class ResultsJson {

  private ResultsJson() {}

  public static JsonObject of(Results results) {
    JsonArrayBuilder metrics = Json.createArrayBuilder();
    results.metrics().forEach(m -> metrics.add(metric(m)));
    JsonArrayBuilder daily = Json.createArrayBuilder();
    for (Results.Daily metric : results.daily()) {
      JsonArrayBuilder series = Json.createArrayBuilder();
      metric.series().forEach(s -> series.add(series(s)));
      daily.add(
          Json.createObjectBuilder()
              .add("metric", metric.metric())
              .add("unit", metric.money() ? "money" : "count")
              .add("byTier", series));
    }
    JsonArrayBuilder expectations = Json.createArrayBuilder();
    results.expectations().forEach(e -> expectations.add(judgement(e)));
    Results.Activity activity = results.activity();
    Results.Model model = results.model();
    return Json.createObjectBuilder()
        .add("scenario", results.scenario())
        .add("start", results.start().toString())
        .add("horizon", results.horizon())
        .add("runs", results.runs())
        .add("seed", results.seed())
        .add("currency", results.currency())
        .add("metrics", metrics)
        .add("daily", daily)
        .add(
            "activity",
            Json.createObjectBuilder()
                .add("issued", text(activity.issued()))
                .add("issuancesRefused", text(activity.issuancesRefused()))
                .add("financings", text(activity.financings()))
                .add("financingsRefused", text(activity.financingsRefused())))
        .add("expectations", expectations)
        .add(
            "model",
            Json.createObjectBuilder()
                .add("patience", Json.createArrayBuilder(model.behaviour().patience()))
                .add("anticipate", model.behaviour().anticipate())
                .add("newBusiness", model.behaviour().newBusiness())
                .add("observation", model.behaviour().observation())
                .add("rate", text(model.rate()))
                .add("shockedRate", text(model.shocked()))
                .add("rulesRun", model.rulesRun())
                .add("rulesLeftOut", model.rulesLeftOut()))
        .build();
  }

  /** The results as a JSON text, pretty-printed. */
  public static String write(Results results) {
    return write(of(results));
  }

  /** Results of several scenarios, as one JSON text: {@code {"scenarios": [...]}}. */
  public static String write(List<Results> all) {
    JsonArrayBuilder scenarios = Json.createArrayBuilder();
    all.forEach(r -> scenarios.add(of(r)));
    return write(Json.createObjectBuilder().add("scenarios", scenarios).build());
  }

  private static String write(JsonObject json) {
    StringWriter out = new StringWriter();
    try (var writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
      writer.writeObject(json);
    }
    return out.toString().strip() + "\n";
  }

  private static JsonObjectBuilder metric(Results.Statistic m) {
    JsonArrayBuilder perRun = Json.createArrayBuilder();
    m.perRun().forEach(v -> perRun.add(text(v)));
    return Json.createObjectBuilder()
        .add("name", m.name())
        .add("unit", m.money() ? "money" : "count")
        .add("mean", text(m.mean()))
        .add("p5", text(m.p5()))
        .add("p50", text(m.p50()))
        .add("p95", text(m.p95()))
        .add("worst", text(m.worst()))
        .add("perRun", perRun);
  }

  private static JsonObjectBuilder series(Results.Series s) {
    return Json.createObjectBuilder()
        .add("tier", s.tier() == 0 ? "all" : String.valueOf(s.tier()))
        .add("p5", texts(s.p5()))
        .add("p50", texts(s.p50()))
        .add("p95", texts(s.p95()));
  }

  private static JsonObjectBuilder judgement(Results.Judgement e) {
    return Json.createObjectBuilder()
        .add("expectation", e.expectation())
        .add("statistic", e.statistic())
        .add("passed", e.passed())
        .add("passRate", text(e.passRate()))
        .add("misses", Json.createArrayBuilder(e.misses()));
  }

  private static JsonArrayBuilder texts(List<BigDecimal> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(v -> array.add(text(v)));
    return array;
  }

  private static String text(BigDecimal value) {
    return value.toPlainString();
  }
}
