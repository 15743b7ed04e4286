package dev.cascade.cluster;

import static dev.cascade.testsupport.CascadeClient.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.testsupport.CascadeEar;
import dev.cascade.testsupport.Http;
import dev.cascade.testsupport.WildflyServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Three nodes of one cluster on this machine (port offsets 700, 800, 900, a static member list),
 * each running Cascade from its own copy of the provisioned server, and what the cluster tests ask
 * of them: who produces, whether they agree block for block, operations through any of them.
 */
final class Cluster {

  static final Path HOME = Path.of(System.getProperty("cascade.server.home"));
  static final int[] OFFSETS = {700, 800, 900};
  static final Path SCRIPTS = Path.of("..", "wildfly-config");

  /** Each node's jgroups-tcp socket: 7600 plus its port offset. */
  static final String MEMBERS =
      "-Dcascade.cluster.members=127.0.0.1[8300],127.0.0.1[8400],127.0.0.1[8500]";

  static final Duration FOLLOW_TIMEOUT = Duration.ofSeconds(30);

  /** A node's properties for an empty ledger: founded by its operator, no demo programme. */
  static final List<String> NO_DEMO = List.of("-Dcascade.demo=false");

  /**
   * Which of the nodes produces: exactly one says so, and every node names the same member as the
   * elected producer. Waits up to 30 s for an election.
   */
  static int producer(List<Http> http) {
    Instant deadline = Instant.now().plus(FOLLOW_TIMEOUT);
    while (true) {
      List<JsonObject> chains =
          http.stream()
              .map(node -> expect(node.get("api/health"), 200).json().getJsonObject("chain"))
              .toList();
      List<Integer> producing = new ArrayList<>();
      for (int i = 0; i < chains.size(); i++) {
        if (chains.get(i).getString("role").equals("producer")) {
          producing.add(i);
        }
      }
      List<String> named =
          chains.stream().map(c -> c.isNull("producer") ? "" : c.getString("producer")).toList();
      if (producing.size() == 1 && named.stream().distinct().count() == 1 && !named.get(0).isEmpty()
          || Instant.now().isAfter(deadline)) {
        assertThat(producing).as("the nodes that produce: %s", chains).hasSize(1);
        assertThat(named).as("the producer each node names").containsOnly(named.get(0));
        return producing.get(0);
      }
      pause();
    }
  }

  /**
   * Starts the nodes one after the other (as many as there are property lists, up to three), each
   * with its own extra properties, configures each for the cluster and deploys Cascade on it: the
   * first founds the ledger, the others find it there. Every node must see the others.
   */
  @SafeVarargs
  static List<Http> start(List<WildflyServer> nodes, List<String>... properties) {
    for (int i = 0; i < properties.length; i++) {
      nodes.add(join(i, properties[i]));
    }
    List<Http> http = nodes.stream().map(Cluster::http).toList();
    for (Http node : http) {
      JsonObject health = expect(node.get("api/health"), 200).json();
      assertThat(health.getJsonObject("cache").getJsonArray("members"))
          .as("every node sees the others")
          .hasSize(properties.length);
    }
    return http;
  }

  /**
   * Starts node {@code i} afresh (no data), configures it for the cluster and deploys Cascade on
   * it: it joins whichever nodes are up. The deployment ends once the node has opened its ledger.
   */
  static WildflyServer join(int i, List<String> properties) {
    WildflyServer node = configured(i, properties);
    try {
      deploy(node);
    } catch (RuntimeException e) {
      node.close(); // the caller never gets it to stop
      throw e;
    }
    return node;
  }

  /** Starts node {@code i} afresh (no data) and configures it for the cluster; deploys nothing. */
  static WildflyServer configured(int i, List<String> properties) {
    String name = "cluster-" + (i + 1);
    WildflyServer.freshNode(HOME, name);
    List<String> all = new ArrayList<>(List.of(MEMBERS));
    all.addAll(properties);
    WildflyServer node = WildflyServer.startNode(HOME, name, OFFSETS[i], all);
    try {
      node.runScript(SCRIPTS.resolve("configure-cluster.cli"));
    } catch (RuntimeException e) {
      node.close(); // the caller never gets it to stop
      throw e;
    }
    return node;
  }

  /** Deploys Cascade on the node; returns once the node has opened its ledger. */
  static void deploy(WildflyServer node) {
    node.command("deploy " + CascadeEar.file().getAbsolutePath());
  }

  /** Cascade's base URL on {@code node}. */
  static Http http(WildflyServer node) {
    return new Http(node.baseUrl() + "cascade/");
  }

  /** Starts node {@code i} again from its base directory, as it was left. */
  static WildflyServer restart(int i, List<String> properties) {
    List<String> all = new ArrayList<>(List.of(MEMBERS));
    all.addAll(properties);
    return WildflyServer.startNode(HOME, "cluster-" + (i + 1), OFFSETS[i], all);
  }

  /** Every height has the same block (hash and state root) on every node. */
  static void sameBlocks(List<Http> http) {
    long head = expect(http.get(0).get("api/blocks/latest"), 200).json().getInt("height");
    for (long height = 0; height <= head; height++) {
      String path = "api/blocks/" + height;
      List<String> blocks =
          http.stream()
              .map(node -> expect(node.get(path), 200).json())
              .map(block -> block.getString("hash") + " " + block.getString("stateRoot"))
              .toList();
      assertThat(blocks).as("block %d on every node", height).containsOnly(blocks.get(0));
    }
  }

  static void register(Http node, String name, String role) {
    post(
        node,
        "api/enterprises",
        Json.createObjectBuilder()
            .add("signer", "Cascade Operator")
            .add("name", name)
            .add("taxId", "TAX " + name)
            .add("roles", Json.createArrayBuilder().add(role)));
    post(
        node,
        "api/enterprises/" + name.replace(" ", "%20") + "/approval",
        Json.createObjectBuilder().add("signer", "Cascade Operator"));
  }

  /** Waits until every node shows the same latest block, for up to 30 s, and returns it. */
  static String sameHead(List<Http> nodes) {
    Instant deadline = Instant.now().plus(FOLLOW_TIMEOUT);
    List<String> heads = heads(nodes);
    while (heads.stream().distinct().count() > 1 && Instant.now().isBefore(deadline)) {
      pause();
      heads = heads(nodes);
    }
    assertThat(heads)
        .as("the same height, hash and state root on every node")
        .containsOnly(heads.get(0));
    return heads.get(0);
  }

  private static List<String> heads(List<Http> nodes) {
    return nodes.stream()
        .map(node -> expect(node.get("api/blocks/latest"), 200).json().toString())
        .toList();
  }

  static void post(Http node, String path, jakarta.json.JsonObjectBuilder body) {
    expect(node.postJson(path, body.build().toString()), 200);
  }

  static JsonObject money(String amount) {
    return Json.createObjectBuilder().add("currency", "CNY").add("amount", amount).build();
  }

  /** Asks until the answer is {@code wanted}, for up to 30 s; the last answer otherwise. */
  static String eventually(Supplier<String> ask, String wanted) {
    Instant deadline = Instant.now().plus(FOLLOW_TIMEOUT);
    String answer = ask.get();
    while (!answer.equals(wanted) && Instant.now().isBefore(deadline)) {
      pause();
      answer = ask.get();
    }
    return answer;
  }

  static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Cluster() {}
}
