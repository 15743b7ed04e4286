package dev.cascade.contract.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.contract.Engine;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every golden file: its own {@code # error:} lines and its cases. */
class GoldenFilesTest {

  static Stream<Path> goldenFiles() {
    return Stream.concat(
        GoldenRunner.files(Path.of("src/test/golden")).stream(),
        GoldenRunner.files(Path.of("examples")).stream());
  }

  /** Every file tests what it says; only scenario expectations wait for the simulator. */
  private static boolean onlyScenarios(String untested) {
    return untested.startsWith("scenario ");
  }

  @ParameterizedTest
  @MethodSource("goldenFiles")
  void matchesItsExpectationsCompiled(Path file) {
    GoldenResult result = new GoldenRunner(Engine.COMPILED).run(file);

    assertThat(result.failures()).as(file.toString()).isEmpty();
    assertThat(result.untested()).as(file.toString()).allMatch(GoldenFilesTest::onlyScenarios);
  }

  @ParameterizedTest
  @MethodSource("goldenFiles")
  void matchesItsExpectationsInterpreted(Path file) {
    GoldenResult result = new GoldenRunner(Engine.INTERPRETED).run(file);

    assertThat(result.failures()).as(file.toString()).isEmpty();
    assertThat(result.untested()).as(file.toString()).allMatch(GoldenFilesTest::onlyScenarios);
  }
}
