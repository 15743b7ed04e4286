package dev.cascade.contract.golden;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one golden file: what did not match; what it could not test (a contract with no
 * cases, scenario expectations that nothing evaluates yet); and how many cases and expected
 * diagnostics it checked. It passes only when it tested something and all of it matched.
 */
public record GoldenResult(
    Path file, List<String> failures, List<String> untested, int cases, int diagnostics) {

  public GoldenResult {
    failures = List.copyOf(failures);
    untested = List.copyOf(untested);
  }

  public boolean passed() {
    return failures.isEmpty() && untested.isEmpty();
  }

  /** "3 cases", "2 expected diagnostics", both, or "nothing tested". */
  public String counts() {
    List<String> counts = new java.util.ArrayList<>();
    if (cases > 0) {
      counts.add(cases + (cases == 1 ? " case" : " cases"));
    }
    if (diagnostics > 0) {
      counts.add(
          diagnostics + (diagnostics == 1 ? " expected diagnostic" : " expected diagnostics"));
    }
    return counts.isEmpty() ? "nothing tested" : String.join(", ", counts);
  }
}
