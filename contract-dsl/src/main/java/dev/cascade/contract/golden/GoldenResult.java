package dev.cascade.contract.golden;

import dev.cascade.contract.diagnostic.Messages;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one golden file: what did not match; what it could not test (a contract with no
 * cases); and how many cases, expected diagnostics and scenario expectations it checked. It passes
 * only when it tested something and all of it matched.
 */
public record GoldenResult(
    Path file,
    List<String> failures,
    List<String> untested,
    int cases,
    int diagnostics,
    int expectations) {

  public GoldenResult {
    failures = List.copyOf(failures);
    untested = List.copyOf(untested);
  }

  public boolean passed() {
    return failures.isEmpty() && untested.isEmpty();
  }

  /**
   * "3 cases", "2 expected diagnostics", "1 scenario expectation", those that are not none, or
   * "nothing tested", in {@code messages}.
   */
  public String counts(Messages messages) {
    List<String> counted = new java.util.ArrayList<>();
    count(counted, messages, cases, "case", "cases");
    count(counted, messages, diagnostics, "expectedDiagnostic", "expectedDiagnostics");
    count(counted, messages, expectations, "expectation count", "expectation counts");
    return counted.stream()
        .reduce((a, b) -> messages.word("both").formatted(a, b))
        .orElse(messages.word("nothingTested"));
  }

  private static void count(
      List<String> counted, Messages messages, int n, String one, String many) {
    if (n > 0) {
      counted.add(messages.word(n == 1 ? one : many).formatted(n));
    }
  }
}
