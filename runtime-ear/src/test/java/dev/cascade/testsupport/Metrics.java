package dev.cascade.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/**
 * What a monitoring system scrapes from a server: the Prometheus text of the management interface's
 * {@code /prometheus} endpoint (configure-metrics.cli), read sample by sample.
 *
 * @param samples each sample line: its metric name, its labels as written, its value
 */
public record Metrics(List<Sample> samples) {

  /** One line of the exposition: {@code name{labels} value}. */
  public record Sample(String name, String labels, double value) {}

  /** Scrapes the server whose management interface answers at {@code managementUrl}. */
  public static Metrics scrape(String managementUrl) {
    Http.Answer answer = new Http(managementUrl).get("prometheus");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    List<Sample> samples = new ArrayList<>();
    for (String line : answer.body().split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int value = line.lastIndexOf(' ');
      String series = line.substring(0, value);
      int labels = series.indexOf('{');
      samples.add(
          new Sample(
              labels < 0 ? series : series.substring(0, labels),
              labels < 0 ? "" : series.substring(labels),
              Double.parseDouble(line.substring(value + 1))));
    }
    return new Metrics(samples);
  }

  /**
   * The value of the metric {@code name} that has no quantile label; fails unless there is exactly
   * one.
   */
  public double value(String name) {
    List<Sample> found =
        samples.stream()
            .filter(s -> s.name().equals(name) && !s.labels().contains("quantile="))
            .toList();
    assertThat(found).as("the samples of %s", name).hasSize(1);
    return found.get(0).value();
  }
}
