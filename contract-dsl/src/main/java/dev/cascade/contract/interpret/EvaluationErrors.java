package dev.cascade.contract.interpret;

import dev.cascade.contract.ast.Rule;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.diagnostic.Code;
import dev.cascade.contract.diagnostic.Diagnostic;
import dev.cascade.contract.runtime.EvaluationError;
import dev.cascade.contract.source.Span;

/**
 * An evaluation error as a diagnostic: its code, the rule that failed, where, and a hint; what
 * {@code rcl explain} and {@code rcl test} say, in either language.
 */
public final class EvaluationErrors {

  private EvaluationErrors() {}

  public static Diagnostic of(EvaluationError error, CheckedContract checked) {
    Code code =
        switch (error.kind()) {
          case MISSING_INPUT -> Code.E301_MISSING_INPUT;
          case DIVISION_BY_ZERO -> Code.E302_DIVISION_BY_ZERO;
          case DATE_OUT_OF_RANGE -> Code.E303_DATE_OUT_OF_RANGE;
          case EMPTY_LIST -> Code.E304_EMPTY_LIST;
          case TOO_DEEP -> Code.E305_TOO_DEEP;
          case METRIC_IN_RULE -> Code.E306_METRIC_IN_RULE;
        };
    return Diagnostic.of(
        code,
        new Span(Math.max(1, error.line()), Math.max(1, error.column()), 1),
        rule(error, checked),
        error.subject());
  }

  /** The rule the error's line falls in: the last one that starts at or before it. */
  private static String rule(EvaluationError error, CheckedContract checked) {
    String found = "";
    for (Rule rule : checked.contract().rules()) {
      if (rule.span().line() <= error.line()) {
        found = rule.name();
      }
    }
    return found;
  }
}
