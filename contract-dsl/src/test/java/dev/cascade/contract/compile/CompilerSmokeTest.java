package dev.cascade.contract.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.contract.Engine;
import dev.cascade.contract.Rcl;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.interpret.CaseReader;
import dev.cascade.contract.runtime.Input;
import dev.cascade.contract.runtime.Occasion;
import dev.cascade.contract.runtime.Verdict;
import dev.cascade.contract.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CompilerSmokeTest {

  @Test
  void compiledExampleAgreesWithTheInterpreterOnTheFinanceCase() throws Exception {
    String source = Files.readString(Path.of("examples/programme.rcl"));
    CheckedContract checked =
        Rcl.check(new SourceFile("programme.rcl", source)).contract().orElseThrow();
    Input input =
        new CaseReader(checked)
            .input(
                Occasion.byWord("finance").orElseThrow(),
                CaseReader.readObject(Path.of("examples/finance-case.json")));

    Verdict compiled = Engine.COMPILED.prepare(checked, source).apply(input);
    Verdict interpreted = Engine.INTERPRETED.prepare(checked, source).apply(input);

    assertThat(compiled).isEqualTo(interpreted);
    assertThat(compiled.actions())
        .extracting(a -> a.render())
        .containsExactly(
            "set operation.interest to CNY 1,656.05", "set operation.proceeds to CNY 1,503,843.95");
  }
}
