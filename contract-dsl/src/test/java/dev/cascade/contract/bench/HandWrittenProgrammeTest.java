package dev.cascade.contract.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.contract.Engine;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.runtime.Input;
import dev.cascade.contract.runtime.Verdict;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The benchmark compares like with like only if the hand-written rules decide the same. */
class HandWrittenProgrammeTest {

  @Test
  void handWrittenRulesGiveTheCompiledVerdicts() throws Exception {
    CheckedContract checked = Operations.checked();
    Function<Input, Verdict> compiled = Engine.COMPILED.prepare(checked, Operations.source());
    HandWrittenProgramme handWritten = new HandWrittenProgramme();

    for (Input input : Operations.all(checked)) {
      assertThat(handWritten.evaluate(input))
          .as(input.occasion().word())
          .isEqualTo(compiled.apply(input));
    }
  }
}
