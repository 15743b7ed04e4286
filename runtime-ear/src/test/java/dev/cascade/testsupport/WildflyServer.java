package dev.cascade.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A WildFly started the way IT starts one ({@code bin/standalone.sh}) and driven with {@code
 * bin/jboss-cli.sh}, for tests of what IT does to a server by hand.
 */
public final class WildflyServer implements AutoCloseable {

  private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(120);
  private static final int MANAGEMENT_PORT = 9990;
  private static final int HTTP_PORT = 8080;

  private final Path home;
  private final List<String> launcher;
  private final String host;
  private final int portOffset;
  private final Process process;

  private WildflyServer(
      Path home, List<String> launcher, String host, int portOffset, Process process) {
    this.home = home;
    this.launcher = launcher;
    this.host = host;
    this.portOffset = portOffset;
    this.process = process;
  }

  /** Starts the server and waits until it is running. */
  public static WildflyServer start(Path home, int portOffset, List<String> systemProperties) {
    List<String> command = new ArrayList<>();
    command.add("-Djboss.socket.binding.port-offset=" + portOffset);
    command.addAll(systemProperties);
    return start(home, List.of(), "localhost", portOffset, command, home.resolve("standalone"));
  }

  /**
   * Starts the server with {@code launcher} before its start script ({@code ip netns exec <ns>},
   * say), reachable at {@code host}, and waits until it is running; its console goes to {@code
   * consoleDirectory}.
   */
  private static WildflyServer start(
      Path home,
      List<String> launcher,
      String host,
      int portOffset,
      List<String> arguments,
      Path consoleDirectory) {
    List<String> command = new ArrayList<>(launcher);
    command.add(home.resolve("bin/standalone.sh").toString());
    command.addAll(arguments);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(consoleDirectory.resolve("console.log").toFile());
    builder.environment().put("JAVA_OPTS", System.getProperty("cascade.server.jvm.args", "-Xmx2g"));
    try {
      WildflyServer server = new WildflyServer(home, launcher, host, portOffset, builder.start());
      server.awaitRunning();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String baseUrl() {
    return "http://" + host + ":" + (HTTP_PORT + portOffset) + "/";
  }

  /** The management interface's base URL: its metrics, for one. */
  public String managementUrl() {
    if (!launcher.isEmpty()) {
      throw new IllegalStateException(
          "a node in a network namespace has its management interface on that namespace's loopback");
    }
    return "http://" + host + ":" + (MANAGEMENT_PORT + portOffset) + "/";
  }

  /** Runs a CLI script against the server; fails with the CLI's output when the script fails. */
  public String runScript(Path script, String... cliArguments) {
    List<String> arguments = new ArrayList<>(List.of(cliArguments));
    arguments.add("--file=" + script);
    return cli(arguments);
  }

  /** Runs one CLI command or operation; fails with the CLI's output when it fails. */
  public String command(String command) {
    return cli(List.of("--command=" + command));
  }

  private String cli(List<String> arguments) {
    // in a namespace, the CLI runs there too: the management interface answers on its loopback,
    // where jboss-cli authenticates as the local user, as on any machine
    String controller = launcher.isEmpty() ? host : "127.0.0.1";
    return JbossCli.run(
        home, launcher, controller, MANAGEMENT_PORT + portOffset, arguments, BOOT_TIMEOUT);
  }

  private void awaitRunning() {
    Instant deadline = Instant.now().plus(BOOT_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "WildFly in " + home + " exited while booting; see standalone/console.log");
      }
      try {
        if (command(":read-attribute(name=server-state)").contains("\"running\"")) {
          return;
        }
      } catch (IllegalStateException notYet) {
        // the management interface is not listening yet
      }
      sleep(Duration.ofSeconds(1));
    }
    close();
    throw new IllegalStateException("WildFly in " + home + " did not boot within " + BOOT_TIMEOUT);
  }

  /** Kills the server as a power cut or {@code kill -9} would: no shutdown, nothing flushed. */
  public void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Asks the server to shut down through its management interface and waits for its process to end,
   * without killing it.
   *
   * @return whether the process ended within {@code wait}
   */
  public boolean shutdown(Duration wait) {
    try {
      command(":shutdown");
    } catch (IllegalStateException alreadyDown) {
      // nothing listens any more: the process has ended or is ending
    }
    try {
      return process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Shuts the server down through its management interface; kills only what it started. */
  @Override
  public void close() {
    if (!shutdown(Duration.ofSeconds(60))) {
      kill();
    }
  }

  /**
   * Starts another node of the server in {@code home}, beside the Arquillian server: its base
   * directory {@code <server>-<name>} next to {@code home} (see {@link #nodeBase}), its own port
   * offset and its own multicast address ({@code 230.0.0.<10 + offset / 100>}), so that it forms no
   * cluster with any other server a test runs.
   */
  public static WildflyServer startNode(
      Path home, String name, int portOffset, List<String> systemProperties) {
    List<String> properties = new ArrayList<>();
    properties.add("-Djboss.server.base.dir=" + nodeBase(home, name));
    properties.add("-Djboss.node.name=" + name);
    properties.add("-Djboss.tx.node.id=" + name); // no two nodes' transaction managers alike
    properties.add("-Djboss.default.multicast.address=230.0.0." + (10 + portOffset / 100));
    properties.addAll(systemProperties);
    return start(home, portOffset, properties);
  }

  /**
   * Starts node {@code name} of the server in {@code home} in network namespace {@code namespace}
   * (see {@link NetworkNamespaces}), its public and cluster sockets on {@code address}, its
   * management interface on the namespace's loopback, no port offset: a machine of its own, as far
   * as the network goes. Its base directory as {@link #startNode}'s.
   */
  public static WildflyServer startInNamespace(
      Path home, String name, String namespace, String address, List<String> systemProperties) {
    Path base = nodeBase(home, name);
    List<String> arguments = new ArrayList<>();
    arguments.add("-Djboss.server.base.dir=" + base);
    arguments.add("-Djboss.node.name=" + name);
    arguments.add("-Djboss.tx.node.id=" + name);
    arguments.add("-Djboss.bind.address=" + address);
    arguments.add("-Djboss.bind.address.private=" + address);
    arguments.addAll(systemProperties);
    return start(home, List.of("ip", "netns", "exec", namespace), address, 0, arguments, base);
  }

  /**
   * Makes the base directory of node {@code name} of the server in {@code home} afresh: a copy of
   * the server's configuration, no data, no deployments.
   */
  public static void freshNode(Path home, String name) {
    Path base = nodeBase(home, name);
    Directories.delete(base);
    Directories.copy(home.resolve("standalone/configuration"), base.resolve("configuration"));
    try {
      Files.createDirectories(base.resolve("deployments"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The base directory of node {@code name} of the server in {@code home}: beside it, named after
   * both, so that the nodes of one server (H2's, PostgreSQL's) are not another's.
   */
  public static Path nodeBase(Path home, String name) {
    return home.resolveSibling(home.getFileName() + "-" + name);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
