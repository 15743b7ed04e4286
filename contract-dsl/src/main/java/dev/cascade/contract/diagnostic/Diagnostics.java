package dev.cascade.contract.diagnostic;

import dev.cascade.contract.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one reporter every phase writes to. Keeps the first error (and the first warning) per
 * position, so that a mistake is reported once and not again by every phase that trips over it.
 */
public final class Diagnostics {

  private final List<Diagnostic> reported = new ArrayList<>();

  public void report(Code code, Span span, Object... arguments) {
    boolean samePlace =
        reported.stream()
            .filter(d -> d.code().isWarning() == code.isWarning())
            .anyMatch(d -> d.span().line() == span.line() && d.span().column() == span.column());
    if (!samePlace) {
      reported.add(Diagnostic.of(code, span, arguments));
    }
  }

  /** Whether anything but warnings was reported. */
  public boolean hasErrors() {
    return reported.stream().anyMatch(Diagnostic::isError);
  }

  /** In source order. */
  public List<Diagnostic> all() {
    return reported.stream()
        .sorted(
            Comparator.comparingInt((Diagnostic d) -> d.span().line())
                .thenComparingInt(d -> d.span().column()))
        .toList();
  }
}
