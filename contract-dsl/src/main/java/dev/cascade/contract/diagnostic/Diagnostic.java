package dev.cascade.contract.diagnostic;

import dev.cascade.contract.source.Span;
import java.util.List;

/**
 * One finding: what (code and arguments for its message) and where. Arguments are rendered with
 * {@code String.valueOf}; they are names, types and values in RCL's own spelling.
 */
public record Diagnostic(Code code, Span span, List<String> arguments) {

  public Diagnostic {
    arguments = List.copyOf(arguments);
  }

  public boolean isError() {
    return !code.isWarning();
  }

  public static Diagnostic of(Code code, Span span, Object... arguments) {
    return new Diagnostic(
        code, span, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
  }
}
