package dev.cascade.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Machines of their own on this one, as far as the network goes: one Linux network namespace per
 * node ({@code cascade-n1}, …), each with one interface on a bridge ({@code cascadebr0},
 * 10.99.0.254 on this side, so that the test reaches every node), node {@code i} at {@code
 * 10.99.0.<i+1>}. A partition is a blackhole route on each side for the other side's addresses: the
 * nodes stop hearing each other, as on a cut link, while the test still reaches them all. Needs
 * root and iproute2 ({@link #available}).
 */
public final class NetworkNamespaces implements AutoCloseable {

  private static final String BRIDGE = "cascadebr0";
  private static final String PREFIX = "10.99.0.";

  private final int nodes;
  private final List<String[]> blackholes = new ArrayList<>();

  private NetworkNamespaces(int nodes) {
    this.nodes = nodes;
  }

  /** Whether this machine lets the test make namespaces: root, with iproute2. */
  public static boolean available() {
    try {
      return "root".equals(System.getProperty("user.name"))
          && new ProcessBuilder("ip", "netns", "list").start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Makes {@code nodes} namespaces on a bridge, first removing what an earlier run left. */
  public static NetworkNamespaces create(int nodes) {
    NetworkNamespaces network = new NetworkNamespaces(nodes);
    network.remove();
    ip("link", "add", BRIDGE, "type", "bridge");
    ip("addr", "add", PREFIX + "254/24", "dev", BRIDGE);
    ip("link", "set", BRIDGE, "up");
    for (int i = 0; i < nodes; i++) {
      String ns = namespace(i);
      ip("netns", "add", ns);
      ip("link", "add", "cascade-v" + (i + 1), "type", "veth", "peer", "name", "eth0", "netns", ns);
      ip("link", "set", "cascade-v" + (i + 1), "master", BRIDGE, "up");
      ip("netns", "exec", ns, "ip", "addr", "add", address(i) + "/24", "dev", "eth0");
      ip("netns", "exec", ns, "ip", "link", "set", "eth0", "up");
      ip("netns", "exec", ns, "ip", "link", "set", "lo", "up");
    }
    return network;
  }

  /** The namespace of node {@code i}. */
  public static String namespace(int i) {
    return "cascade-n" + (i + 1);
  }

  /** The address of node {@code i}. */
  public static String address(int i) {
    return PREFIX + (i + 1);
  }

  /** Cuts nodes {@code side} off from the others, both ways. */
  public void partition(List<Integer> side) {
    for (int i = 0; i < nodes; i++) {
      for (int j = 0; j < nodes; j++) {
        if (side.contains(i) != side.contains(j)) {
          String[] route = {namespace(i), address(j) + "/32"};
          ip("netns", "exec", route[0], "ip", "route", "add", "blackhole", route[1]);
          blackholes.add(route);
        }
      }
    }
  }

  /** Joins the parts again. */
  public void heal() {
    for (String[] route : blackholes) {
      ip("netns", "exec", route[0], "ip", "route", "del", "blackhole", route[1]);
    }
    blackholes.clear();
  }

  /** Removes the namespaces and the bridge (their nodes must have stopped). */
  @Override
  public void close() {
    remove();
  }

  private void remove() {
    for (int i = 0; i < nodes; i++) {
      quietly("netns", "del", namespace(i));
      quietly("link", "del", "cascade-v" + (i + 1));
    }
    quietly("link", "del", BRIDGE);
  }

  private static void ip(String... arguments) {
    String failure = run(arguments);
    if (failure != null) {
      throw new IllegalStateException(failure);
    }
  }

  private static void quietly(String... arguments) {
    run(arguments);
  }

  /** Runs ip with {@code arguments}; what it said if it failed, null if not. */
  private static String run(String... arguments) {
    List<String> command = new ArrayList<>(List.of("ip"));
    command.addAll(List.of(arguments));
    try {
      Process ip = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(ip.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!ip.waitFor(30, TimeUnit.SECONDS) || ip.exitValue() != 0) {
        return command + " failed: " + output;
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
