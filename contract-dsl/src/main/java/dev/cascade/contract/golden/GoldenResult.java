package dev.cascade.contract.golden;

import dev.cascade.contract.diagnostic.Messages;
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

  /** "3 cases", "2 expected diagnostics", both, or "nothing tested", in {@code messages}. */
  public String counts(Messages messages) {
    String caseCount = messages.word(cases == 1 ? "case" : "cases").formatted(cases);
    String diagnosticCount =
        messages
            .word(diagnostics == 1 ? "expectedDiagnostic" : "expectedDiagnostics")
            .formatted(diagnostics);
    if (cases > 0 && diagnostics > 0) {
      return messages.word("both").formatted(caseCount, diagnosticCount);
    }
    if (cases > 0 || diagnostics > 0) {
      return cases > 0 ? caseCount : diagnosticCount;
    }
    return messages.word("nothingTested");
  }
}
