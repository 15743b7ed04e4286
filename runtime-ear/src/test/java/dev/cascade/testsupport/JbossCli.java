package dev.cascade.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The installation's own jboss-cli.sh, connected to a controller on this machine, as IT runs it.
 */
final class JbossCli {

  private JbossCli() {}

  /**
   * Runs jboss-cli with {@code arguments} against the controller at {@code host}:{@code
   * managementPort}, started with {@code launcher} before it ({@code ip netns exec <ns>}, say).
   *
   * @return what it printed
   * @throws IllegalStateException with that output when it fails or does not end within {@code
   *     timeout}
   */
  static String run(
      Path home,
      List<String> launcher,
      String host,
      int managementPort,
      List<String> arguments,
      Duration timeout) {
    List<String> command = new ArrayList<>(launcher);
    command.add(home.resolve("bin/jboss-cli.sh").toString());
    command.add("--connect");
    command.add("--controller=" + host + ":" + managementPort);
    command.addAll(arguments);
    try {
      Path output = Files.createTempFile("jboss-cli", ".log");
      Process cli =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      boolean finished = cli.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
      String text = Files.readString(output, StandardCharsets.UTF_8);
      Files.delete(output);
      if (!finished || cli.exitValue() != 0) {
        cli.destroyForcibly();
        throw new IllegalStateException("jboss-cli " + arguments + " failed:\n" + text);
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
