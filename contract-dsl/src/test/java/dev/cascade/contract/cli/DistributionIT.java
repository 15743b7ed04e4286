package dev.cascade.contract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysts' distribution as they get it: the archive the build makes, unpacked, its launcher
 * run with nothing but a Java runtime, from the unpacked directory.
 */
class DistributionIT {

  @TempDir static Path unpacked;
  private static Path home;

  @BeforeAll
  static void unpackTheArchive() throws IOException {
    Path archive;
    try (DirectoryStream<Path> zips = Files.newDirectoryStream(Path.of("target"), "rcl-*.zip")) {
      archive = zips.iterator().next();
    }
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        Path target = unpacked.resolve(entry.getName()).normalize();
        assertThat(target.startsWith(unpacked)).as(entry.getName()).isTrue();
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(zip, target);
        }
      }
    }
    try (DirectoryStream<Path> roots = Files.newDirectoryStream(unpacked, "rcl-*")) {
      home = roots.iterator().next();
    }
  }

  @Test
  void holdsTheLauncherTheExampleAndTheLanguageDocuments() {
    assertThat(home.resolve("bin/rcl")).exists();
    assertThat(home.resolve("bin/rcl.cmd")).exists();
    assertThat(home.resolve("examples/programme.rcl")).exists();
    assertThat(home.resolve("docs/rcl-tutorial.md")).exists();
    assertThat(home.resolve("docs/rcl-reference.md")).exists();
    assertThat(home.resolve("README.txt")).content().contains("Java 17");
  }

  @Test
  void itsLauncherChecksAndExplainsTheExample() throws Exception {
    Run check = rcl("check", "examples/programme.rcl");
    Run explain =
        rcl(
            "--lang",
            "zh",
            "explain",
            "examples/programme.rcl",
            "--event",
            "finance",
            "--input",
            "examples/finance-case.json");

    assertThat(check.status()).as(check.output()).isZero();
    assertThat(check.output()).contains("1 file(s) checked clean");
    assertThat(explain.status()).as(explain.output()).isZero();
    assertThat(explain.output()).contains("set operation.interest to CNY 1,656.05");
  }

  @Test
  void itsLauncherSaysWhatItNeedsWithoutJava() throws Exception {
    ProcessBuilder builder = new ProcessBuilder("sh", "bin/rcl", "check", "x.rcl");
    builder.environment().put("JAVA_HOME", unpacked.resolve("no-java").toString());
    Run run = run(builder);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.output()).contains("needs Java 17 or later");
  }

  @Test
  void itsLauncherRefusesAJavaOlderThan17() throws Exception {
    Path old = Files.createDirectories(unpacked.resolve("old-java/bin"));
    Path java = old.resolve("java");
    Files.writeString(java, "#!/bin/sh\necho '    java.specification.version = 11' >&2\n");
    assertThat(java.toFile().setExecutable(true)).isTrue();
    ProcessBuilder builder = new ProcessBuilder("sh", "bin/rcl", "check", "x.rcl");
    builder.environment().put("JAVA_HOME", old.getParent().toString());
    Run run = run(builder);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.output()).contains("needs Java 17 or later").contains("is Java 11");
  }

  private record Run(int status, String output) {}

  private static Run rcl(String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", "bin/rcl"));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    return run(builder);
  }

  private static Run run(ProcessBuilder builder) throws Exception {
    Process process = builder.directory(home.toFile()).redirectErrorStream(true).start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), output);
  }
}
