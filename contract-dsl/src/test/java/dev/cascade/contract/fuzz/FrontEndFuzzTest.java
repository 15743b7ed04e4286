package dev.cascade.contract.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.contract.Engine;
import dev.cascade.contract.Rcl;
import dev.cascade.contract.diagnostic.Diagnostic;
import dev.cascade.contract.diagnostic.DiagnosticPrinter;
import dev.cascade.contract.diagnostic.Messages;
import dev.cascade.contract.golden.GoldenRunner;
import dev.cascade.contract.runtime.EvaluationError;
import dev.cascade.contract.runtime.Input;
import dev.cascade.contract.runtime.Occasion;
import dev.cascade.contract.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Generated and mutated inputs through check and interpret: nothing but diagnostics (and, for a
 * contract that checks, verdicts or evaluation errors) ever comes out. Fixed seed; run more with
 * {@code -Drcl.fuzz.inputs=1000000 -Drcl.fuzz.seed=7}.
 */
class FrontEndFuzzTest {

  private static final int INPUTS = Integer.getInteger("rcl.fuzz.inputs", 100_000);
  private static final long SEED = Long.getLong("rcl.fuzz.seed", 20261123L);

  @Test
  void onlyDiagnosticsComeOut() throws IOException {
    List<String> seeds = new ArrayList<>();
    for (Path file : GoldenRunner.files(Path.of("src/test/golden"))) {
      seeds.add(Files.readString(file));
    }
    SplittableRandom random = new SplittableRandom(SEED);
    Generator generator = new Generator(random, seeds);
    int checkedClean = 0;
    for (int i = 0; i < INPUTS; i++) {
      String text = i % 2 == 0 ? generator.tokens() : generator.mutation();
      checkedClean += survive(text, i) ? 1 : 0;
    }
    // Mutations keep some inputs valid, so the interpreter is exercised too.
    assertThat(checkedClean).isPositive();
  }

  /** True when the input checked clean (and was then interpreted). */
  private static boolean survive(String text, int index) {
    SourceFile source = new SourceFile("fuzz-" + index + ".rcl", text);
    Rcl.Result result = Rcl.check(source);
    DiagnosticPrinter english = new DiagnosticPrinter(Messages.english(), false);
    DiagnosticPrinter chinese = new DiagnosticPrinter(Messages.chinese(), true);
    for (Diagnostic diagnostic : result.diagnostics()) {
      assertThat(diagnostic.span().line()).as(text).isPositive();
      assertThat(english.render(source, diagnostic)).isNotBlank();
      assertThat(chinese.render(source, diagnostic)).isNotBlank();
    }
    if (result.contract().isEmpty()) {
      assertThat(result.diagnostics()).as(text).isNotEmpty();
      return false;
    }
    // Every contract that checks also compiles to a class the verifier accepts (load throws if not)
    // and agrees with the interpreter.
    var interpreted = Engine.INTERPRETED.prepare(result.contract().get(), text);
    var compiled = Engine.COMPILED.prepare(result.contract().get(), text);
    for (String occasion : List.of("issue", "split", "finance", "maturity", "day")) {
      Input input =
          new Input(Occasion.byWord(occasion).orElseThrow(), LocalDate.of(2026, 3, 9), Map.of());
      assertThat(outcome(compiled, input)).as(text).isEqualTo(outcome(interpreted, input));
    }
    return true;
  }

  /** A verdict, or the evaluation error an empty input gives: reported, not a crash. */
  private static Object outcome(java.util.function.Function<Input, ?> contract, Input input) {
    try {
      return contract.apply(input);
    } catch (EvaluationError e) {
      assertThat(e.getMessage()).isNotBlank();
      return e.line() + ":" + e.column() + " " + e.getMessage();
    }
  }
}
