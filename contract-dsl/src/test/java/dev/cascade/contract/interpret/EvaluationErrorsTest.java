package dev.cascade.contract.interpret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cascade.contract.Engine;
import dev.cascade.contract.Rcl;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.cost.Bounds;
import dev.cascade.contract.diagnostic.Code;
import dev.cascade.contract.diagnostic.Diagnostic;
import dev.cascade.contract.diagnostic.Messages;
import dev.cascade.contract.runtime.Context;
import dev.cascade.contract.runtime.EntityKind;
import dev.cascade.contract.runtime.EvaluationError;
import dev.cascade.contract.runtime.Input;
import dev.cascade.contract.runtime.Occasion;
import dev.cascade.contract.runtime.Unit;
import dev.cascade.contract.runtime.Value;
import dev.cascade.contract.source.SourceFile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An evaluation error names the rule it happened in, whichever engine ran the contract. */
class EvaluationErrorsTest {

  /** Quantifiers nested one deeper than the runtime allows, in the contract's second rule. */
  private static final String TOO_DEEP =
      "contract \"deep\" version 1\ncurrency CNY\n"
          + "rule \"shallow\" when split if count of parts > 5 then reject \"x\"\n"
          + "rule \"deep\"\n  when split\n  if "
          + "any q in parts has ".repeat(Context.MAX_NESTING + 1)
          + "q.amount > CNY 0.00\n  then reject \"x\"\n";

  @ParameterizedTest
  @EnumSource(Engine.class)
  void quantifiersNestedTooDeepNameTheirRule(Engine engine) {
    // One part keeps the rule's cost within bounds, however deep it nests.
    CheckedContract checked =
        Rcl.check(new SourceFile("deep.rcl", TOO_DEEP), new Bounds(1, 1_000))
            .contract()
            .orElseThrow();
    Value part =
        new Value.Entity(
            EntityKind.PART,
            Map.of("amount", new Value.Numeric(BigDecimal.ONE, Unit.money("CNY"))));
    Input input =
        new Input(
            Occasion.byWord("split").orElseThrow(),
            LocalDate.of(2026, 3, 1),
            Map.of("parts", new Value.ListValue(List.of(part))));

    EvaluationError error =
        catchThrowableOfType(
            () -> engine.prepare(checked, TOO_DEEP).apply(input), EvaluationError.class);
    Diagnostic diagnostic = EvaluationErrors.of(error, checked);

    assertThat(diagnostic.code()).isEqualTo(Code.E305_TOO_DEEP);
    assertThat(diagnostic.span().line()).isEqualTo(6);
    assertThat(Messages.english().message(diagnostic))
        .isEqualTo("rule \"deep\" cannot be evaluated: its quantifiers nest too deep");
  }
}
