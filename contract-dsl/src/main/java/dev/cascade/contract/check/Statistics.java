package dev.cascade.contract.check;

import java.util.Map;
import java.util.Optional;

/**
 * The statistics of a metric across a scenario's runs that an expectation may be judged on ({@code
 * expect … on p50}), as written in English or Chinese, and the one each name stands for.
 */
public final class Statistics {

  /** When an expectation names none: the 95th percentile. */
  public static final String DEFAULT = "p95";

  /** The names, as the reference and the diagnostics list them. */
  public static final String WRITTEN = "p5, p50 (median, 中位数), p95, mean (平均), worst (最差)";

  private static final Map<String, String> NAMES =
      Map.of(
          "p5", "p5",
          "p50", "p50",
          "median", "p50",
          "中位数", "p50",
          "p95", "p95",
          "mean", "mean",
          "平均", "mean",
          "worst", "worst",
          "最差", "worst");

  private Statistics() {}

  /**
   * The statistic a name stands for: {@code p5}, {@code p50}, {@code p95}, {@code mean}, {@code
   * worst}.
   */
  public static Optional<String> canonical(String written) {
    return Optional.ofNullable(NAMES.get(written));
  }
}
