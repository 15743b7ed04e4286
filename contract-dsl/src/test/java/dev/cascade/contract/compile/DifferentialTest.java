package dev.cascade.contract.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.contract.Engine;
import dev.cascade.contract.Rcl;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.runtime.EvaluationError;
import dev.cascade.contract.runtime.Input;
import dev.cascade.contract.runtime.Verdict;
import dev.cascade.contract.source.SourceFile;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Compiled code and the interpreter agree — verdict, messages, values and actions, or the same
 * evaluation error — on generated (contract, input) pairs. Fixed seed; run more with {@code
 * -Drcl.differential.contracts=10000 -Drcl.differential.seed=7}.
 */
class DifferentialTest {

  private static final int CONTRACTS = Integer.getInteger("rcl.differential.contracts", 1_000);
  private static final int INPUTS_PER_CONTRACT = 10;
  private static final long SEED = Long.getLong("rcl.differential.seed", 20261123L);

  @Test
  void compiledAndInterpretedAgreeOnGeneratedPairs() {
    SplittableRandom random = new SplittableRandom(SEED);
    RandomContracts contracts = new RandomContracts(random);
    RandomInputs inputs = new RandomInputs(random);
    int pairs = 0;
    int rejected = 0;
    int failed = 0;
    for (int c = 0; c < CONTRACTS; c++) {
      String source = contracts.contract();
      Rcl.Result result = Rcl.check(new SourceFile("random-" + c + ".rcl", source));
      // every generated contract checks; a parameter it happens not to use is only a warning
      assertThat(result.diagnostics()).as(source).allMatch(d -> !d.isError());
      CheckedContract checked = result.contract().orElseThrow();
      Function<Input, Verdict> compiled = Engine.COMPILED.prepare(checked, source);
      Function<Input, Verdict> interpreted = Engine.INTERPRETED.prepare(checked, source);
      for (int i = 0; i < INPUTS_PER_CONTRACT; i++) {
        Input input = inputs.input(contracts.events());
        Outcome expected = run(interpreted, input);
        Outcome actual = run(compiled, input);
        assertThat(actual).as("%s%n%s", source, input).isEqualTo(expected);
        pairs++;
        rejected += expected.verdict() != null && !expected.verdict().accepted() ? 1 : 0;
        failed += expected.verdict() == null ? 1 : 0;
      }
    }
    assertThat(pairs).isEqualTo(CONTRACTS * INPUTS_PER_CONTRACT);
    // The generator must reach every outcome, or the agreement proves little.
    assertThat(rejected).isPositive();
    assertThat(failed).isPositive();
    assertThat(pairs - rejected - failed).isPositive();
  }

  /** A verdict, or the evaluation error's message and position. */
  private record Outcome(Verdict verdict, String error) {}

  private static Outcome run(Function<Input, Verdict> contract, Input input) {
    try {
      return new Outcome(contract.apply(input), null);
    } catch (EvaluationError e) {
      return new Outcome(null, e.line() + ":" + e.column() + " " + e.getMessage());
    }
  }
}
