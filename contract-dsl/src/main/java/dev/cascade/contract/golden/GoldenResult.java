package dev.cascade.contract.golden;

import java.nio.file.Path;
import java.util.List;

/** The outcome of one golden file: what did not match, if anything. */
public record GoldenResult(Path file, List<String> failures, int checks) {

  public GoldenResult {
    failures = List.copyOf(failures);
  }

  public boolean passed() {
    return failures.isEmpty();
  }
}
