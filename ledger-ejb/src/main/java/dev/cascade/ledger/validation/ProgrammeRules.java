package dev.cascade.ledger.validation;

import dev.cascade.contract.Engine;
import dev.cascade.contract.Rcl;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.diagnostic.Diagnostic;
import dev.cascade.contract.diagnostic.Messages;
import dev.cascade.contract.runtime.EvaluationError;
import dev.cascade.contract.runtime.Input;
import dev.cascade.contract.runtime.Verdict;
import dev.cascade.contract.source.SourceFile;
import dev.cascade.ledger.transaction.Checked;
import dev.cascade.ledger.transaction.Rejection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A programme's contract, compiled and verified once, applied to operations. A rejection names the
 * contract's rule and message; a contract that cannot evaluate an input rejects it too, so an
 * operation never passes a rule unevaluated.
 */
public final class ProgrammeRules {

  private final Function<Input, Verdict> contract;
  private final Set<String> viewsRead;

  private ProgrammeRules(Function<Input, Verdict> contract, Set<String> viewsRead) {
    this.contract = contract;
    this.viewsRead = Set.copyOf(viewsRead);
  }

  /**
   * Whether some rule reads {@code view} ({@code guarantor}, …): views never read need not be made.
   */
  public boolean reads(String view) {
    return viewsRead.contains(view);
  }

  /**
   * @throws IllegalArgumentException with the contract's diagnostics when it does not check
   */
  public static ProgrammeRules compile(String name, String source) {
    Rcl.Result result = Rcl.check(new SourceFile(name, source));
    if (result.contract().isEmpty()) {
      throw new IllegalArgumentException(
          name + " does not check: " + String.join("; ", problems(result)));
    }
    CheckedContract checked = result.contract().get();
    return new ProgrammeRules(Engine.COMPILED.prepare(checked, source), checked.viewsRead());
  }

  /** What the checker reports on a programme's source: empty when it checks. */
  public static List<String> problems(String source) {
    return problems(Rcl.check(new SourceFile("programme.rcl", source)));
  }

  /** Each error (not the warnings) as "line L, column C: message", in English. */
  private static List<String> problems(Rcl.Result result) {
    return result.diagnostics().stream()
        .filter(Diagnostic::isError)
        .map(
            d ->
                "line "
                    + d.span().line()
                    + ", column "
                    + d.span().column()
                    + ": "
                    + Messages.english().message(d))
        .toList();
  }

  /** What the rejecting rule read, as explanations show it. */
  private static List<String> decidingValues(Verdict verdict, Verdict.Rejection rejection) {
    return verdict.fired().stream()
        .filter(firing -> firing.rule().equals(rejection.rule()))
        .flatMap(firing -> firing.values().stream())
        .map(Verdict.Binding::toString)
        .toList();
  }

  public Verdict evaluate(Input input) {
    return contract.apply(input);
  }

  /** The verdict as the ledger acts on it: a rejection, or the verdict (its automatic actions). */
  public Checked<Verdict> decide(Input input) {
    try {
      Verdict verdict = contract.apply(input);
      return verdict
          .rejection()
          .<Checked<Verdict>>map(
              r ->
                  Checked.refused(new Rejection(r.rule(), r.message(), decidingValues(verdict, r))))
          .orElseGet(() -> Checked.passed(verdict));
    } catch (EvaluationError e) {
      return Checked.refused(
          new Rejection(
              "the contract can evaluate the operation",
              e.getMessage() + " (contract line " + e.line() + ")"));
    }
  }
}
