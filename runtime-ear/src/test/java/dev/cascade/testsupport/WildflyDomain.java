package dev.cascade.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A managed domain as the WildFly zip installs it: a domain controller (host {@code primary}, from
 * {@code host-primary.xml}, with no servers of its own) whose management interface answers on port
 * {@value #MANAGEMENT_PORT}, clear of the servers the other tests run; its base directory a fresh
 * copy of the installation's {@code domain/}.
 */
public final class WildflyDomain implements AutoCloseable {

  public static final int MANAGEMENT_PORT = 10990;
  private static final Duration TIMEOUT = Duration.ofSeconds(180);

  private final Path home;
  private final Process process;

  private WildflyDomain(Path home, Process process) {
    this.home = home;
    this.process = process;
  }

  /** Starts the domain controller of the installation in {@code home}, its base in {@code base}. */
  public static WildflyDomain start(Path home, Path base) {
    Directories.delete(base);
    Directories.copy(home.resolve("domain"), base);
    List<String> command =
        List.of(
            home.resolve("bin/domain.sh").toString(),
            "--host-config=host-primary.xml",
            "-Djboss.domain.base.dir=" + base,
            "-Djboss.management.http.port=" + MANAGEMENT_PORT);
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(base.resolve("console.log").toFile())
              .start();
      WildflyDomain domain = new WildflyDomain(home, process);
      domain.awaitRunning();
      return domain;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs one CLI command or operation on the domain controller. */
  public String command(String command) {
    return JbossCli.run(
        home, List.of(), "localhost", MANAGEMENT_PORT, List.of("--command=" + command), TIMEOUT);
  }

  /** Runs a CLI script on the domain controller, with {@code cliArguments} ({@code -Dx=y}). */
  public String runScript(Path script, String... cliArguments) {
    List<String> arguments = new ArrayList<>(List.of(cliArguments));
    arguments.add("--file=" + script);
    return JbossCli.run(home, List.of(), "localhost", MANAGEMENT_PORT, arguments, TIMEOUT);
  }

  private void awaitRunning() {
    Instant deadline = Instant.now().plus(TIMEOUT);
    while (Instant.now().isBefore(deadline) && process.isAlive()) {
      try {
        if (command("/host=primary:read-attribute(name=host-state)").contains("\"running\"")) {
          return;
        }
      } catch (IllegalStateException notYet) {
        // the management interface is not listening yet
      }
      try {
        Thread.sleep(1_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    close();
    throw new IllegalStateException("The domain controller in " + home + " did not start");
  }

  /**
   * Stops the host controller and its servers through the management interface; kills what it
   * started if they do not end within a minute.
   */
  @Override
  public void close() {
    try {
      command("/host=primary:shutdown");
    } catch (IllegalStateException alreadyDown) {
      // nothing listens any more
    }
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
