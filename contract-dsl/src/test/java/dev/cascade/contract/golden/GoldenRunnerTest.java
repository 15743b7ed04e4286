package dev.cascade.contract.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner must fail files that do not meet their expectations, or golden tests prove nothing.
 */
class GoldenRunnerTest {

  @TempDir Path directory;

  @Test
  void failsAMissingExpectedDiagnostic() throws IOException {
    Path file = write("ok.rcl", "contract \"x\" version 1\ncurrency CNY # error: E101\n");

    assertThat(new GoldenRunner().run(file).failures())
        .containsExactly("line 2: expected E101, got none");
  }

  @Test
  void failsAnUnexpectedDiagnostic() throws IOException {
    Path file = write("bad.rcl", "contract \"x\" version 1\ncurrency XYZ\n");

    assertThat(new GoldenRunner().run(file).failures())
        .singleElement()
        .asString()
        .contains("unexpected E101");
  }

  @Test
  void failsAWrongMessageInEitherLanguage() throws IOException {
    Path file = write("message.rcl", "contract \"x\" version 1\ncurrency XYZ # 错误: E101 错的消息\n");

    assertThat(new GoldenRunner().run(file).failures())
        .singleElement()
        .asString()
        .contains("XYZ 不是 Cascade 支持的币种");
  }

  @Test
  void failsACaseWithTheWrongOutcome() throws IOException {
    Path file =
        write(
            "rules.rcl",
            "contract \"x\" version 1\ncurrency CNY\nrule \"r\" when issue then reject \"no\"\n");
    write(
        "rules.cases.json",
        "[{\"name\": \"c\", \"event\": \"issue\", \"input\": {\"today\": \"2026-01-01\"},"
            + " \"expect\": {\"outcome\": \"accepted\"}}]");

    assertThat(new GoldenRunner().run(file).failures())
        .containsExactly("c: expected outcome accepted, got rejected");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(directory.resolve(name), text);
  }
}
