package dev.cascade.contract;

import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.check.Checker;
import dev.cascade.contract.cost.Bounds;
import dev.cascade.contract.cost.Cost;
import dev.cascade.contract.diagnostic.Code;
import dev.cascade.contract.diagnostic.Diagnostic;
import dev.cascade.contract.diagnostic.Diagnostics;
import dev.cascade.contract.parse.RclParsing;
import dev.cascade.contract.source.SourceFile;
import dev.cascade.contract.source.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The front end as one call: parse, then check, stopping after the first phase that reported errors
 * so that one mistake is not reported again by the next phase.
 */
public final class Rcl {

  private Rcl() {}

  /**
   * The checked contract, or the diagnostics that stand in its way.
   *
   * @param costs each rule's worst-case steps, in declared order, when the contract checked
   */
  public record Result(
      Optional<CheckedContract> contract, List<Diagnostic> diagnostics, Map<String, Cost> costs) {}

  /** Parse, check, and hold every rule to the default bounds. */
  public static Result check(SourceFile source) {
    return check(source, Bounds.DEFAULT);
  }

  public static Result check(SourceFile source, Bounds bounds) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<CheckedContract> checked;
    Map<String, Cost> costs = Map.of();
    try {
      checked =
          RclParsing.parse(source, diagnostics).flatMap(c -> new Checker(diagnostics).check(c));
      if (checked.isPresent()) {
        costs = bounds.check(checked.get(), diagnostics);
      }
    } catch (StackOverflowError tooDeep) {
      // Nesting beyond RclParsing's limit, e.g. thousands of terms in one sum: still a diagnostic.
      diagnostics.report(Code.E008_TOO_DEEP, new Span(1, 1, 1), RclParsing.MAX_DEPTH);
      checked = Optional.empty();
    }
    return new Result(
        diagnostics.hasErrors() ? Optional.empty() : checked, diagnostics.all(), costs);
  }
}
