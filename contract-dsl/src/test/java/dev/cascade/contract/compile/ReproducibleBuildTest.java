package dev.cascade.contract.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same source and compiler version give byte-identical classes in separate JVMs: this JVM's
 * java, and a JDK 25 where the machine has one (Temurin 25 under /usr/lib/jvm on this project's
 * machines; {@code -Drcl.other.java=/path/to/bin/java} names another).
 */
class ReproducibleBuildTest {

  private static final List<Path> CONTRACTS =
      List.of(
          Path.of("examples/programme.rcl"),
          Path.of("src/test/golden/constructs/expressions.rcl"),
          Path.of("src/test/golden/chinese/programme-zh.rcl"));

  @TempDir Path directory;

  @Test
  void twoJvmsCompileTheExamplesToTheSameBytes() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path other = otherJava().orElse(java);

    Path first = compileAll(java, directory.resolve("first"));
    Path second = compileAll(other, directory.resolve("second"));

    List<Path> files = list(first);
    assertThat(files).hasSize(2 * CONTRACTS.size());
    for (Path file : files) {
      assertThat(Files.readAllBytes(second.resolve(file.getFileName())))
          .as("%s from %s and %s", file.getFileName(), java, other)
          .isEqualTo(Files.readAllBytes(file));
    }
  }

  private static Optional<Path> otherJava() throws IOException {
    String named = System.getProperty("rcl.other.java");
    if (named != null) {
      return Optional.of(Path.of(named));
    }
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    try (Stream<Path> installed = Files.list(jvms)) {
      return installed
          .filter(home -> home.getFileName().toString().contains("25"))
          .map(home -> home.resolve("bin/java"))
          .filter(Files::isExecutable)
          .sorted()
          .findFirst();
    }
  }

  private static Path compileAll(Path java, Path output) throws Exception {
    for (Path contract : CONTRACTS) {
      List<String> command =
          new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path")));
      command.addAll(
          List.of(
              "dev.cascade.contract.cli.RclCommand",
              "compile",
              contract.toString(),
              "-o",
              output.toString()));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String printed = new String(process.getInputStream().readAllBytes());
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as(printed).isZero();
    }
    return output;
  }

  private static List<Path> list(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.sorted().toList();
    }
  }
}
