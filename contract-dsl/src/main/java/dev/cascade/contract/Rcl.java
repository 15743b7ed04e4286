package dev.cascade.contract;

import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.check.Checker;
import dev.cascade.contract.diagnostic.Diagnostic;
import dev.cascade.contract.diagnostic.Diagnostics;
import dev.cascade.contract.parse.RclParsing;
import dev.cascade.contract.source.SourceFile;
import java.util.List;
import java.util.Optional;

/**
 * The front end as one call: parse, then check, stopping after the first phase that reported errors
 * so that one mistake is not reported again by the next phase.
 */
public final class Rcl {

  private Rcl() {}

  /** The checked contract, or the diagnostics that stand in its way. */
  public record Result(Optional<CheckedContract> contract, List<Diagnostic> diagnostics) {}

  public static Result check(SourceFile source) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<CheckedContract> checked =
        RclParsing.parse(source, diagnostics).flatMap(c -> new Checker(diagnostics).check(c));
    return new Result(diagnostics.hasErrors() ? Optional.empty() : checked, diagnostics.all());
  }
}
