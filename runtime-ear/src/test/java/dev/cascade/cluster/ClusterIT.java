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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Three nodes of one cluster on this machine (port offsets 700, 800, 900; their own multicast
 * group), each running Cascade from its own copy of the provisioned server: the first founds the
 * demo ledger, the others join it. Operations submitted through each node, each one building on
 * what another node wrote, commit; every node then reports the same head (height, hash, state root)
 * and answers the same queries alike, because each applies and checks every block any node writes,
 * as it is written.
 */
class ClusterIT {

  private static final Path HOME = Path.of(System.getProperty("cascade.server.home"));
  private static final int[] OFFSETS = {700, 800, 900};
  private static final Path SCRIPTS = Path.of("..", "wildfly-config");

  /** Each node's jgroups-tcp socket: 7600 plus its port offset. */
  private static final String MEMBERS =
      "-Dcascade.cluster.members=127.0.0.1[8300],127.0.0.1[8400],127.0.0.1[8500]";

  private static final Duration FOLLOW_TIMEOUT = Duration.ofSeconds(30);

  @Test
  void everyNodeFollowsTheBlocksAnyNodeWrites() {
    List<WildflyServer> nodes = new ArrayList<>();
    try {
      for (int i = 0; i < OFFSETS.length; i++) {
        String name = "cluster-" + (i + 1);
        WildflyServer.freshNode(HOME, name);
        WildflyServer node = WildflyServer.startNode(HOME, name, OFFSETS[i], List.of(MEMBERS));
        nodes.add(node);
        node.runScript(SCRIPTS.resolve("configure-cluster.cli"));
        // one after the other: the first founds the demo ledger, the others find it there
        node.command("deploy " + CascadeEar.file().getAbsolutePath());
      }
      List<Http> http = nodes.stream().map(n -> new Http(n.baseUrl() + "cascade/")).toList();
      for (Http node : http) {
        JsonObject health = expect(node.get("api/health"), 200).json();
        assertThat(health.getJsonObject("cache").getJsonArray("members"))
            .as("every node sees the other two")
            .hasSize(3);
      }
      sameHead(http);

      LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
      for (int i = 0; i < 3; i++) {
        // the invoice through one node, the certificate against it through the next, its
        // acceptance through the third: each builds on what another node wrote
        anchor(http.get(i), "CL-INV-" + i, "CL-" + i, today);
        sameHead(http);
        issue(http.get((i + 1) % 3), "CL-" + i, "CL-INV-" + i, today);
        sameHead(http);
        accept(http.get((i + 2) % 3), "CL-" + i);
        sameHead(http);
      }

      String certificates = http.get(0).get("api/certificates").body();
      for (Http node : http) {
        assertThat(eventually(() -> node.get("api/certificates").body(), certificates))
            .as("the same certificates on every node")
            .isEqualTo(certificates);
        assertThat(node.get("api/certificates/CL-2").json().getString("state"))
            .isEqualTo("accepted");
        JsonObject verification = node.get("api/ledger/verification").json();
        assertThat(verification.getBoolean("sound")).as(verification.toString()).isTrue();
      }
    } finally {
      nodes.forEach(WildflyServer::close);
    }
  }

  /** Waits until every node shows the same latest block, for up to 30 s, and returns it. */
  private static String sameHead(List<Http> nodes) {
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

  private static void anchor(Http node, String id, String number, LocalDate today) {
    post(
        node,
        "api/documents",
        Json.createObjectBuilder()
            .add("signer", "Ningbo Castings")
            .add("id", id)
            .add("kind", "INVOICE")
            .add("number", number)
            .add("seller", "Ningbo Castings")
            .add("sellerTaxId", "91330200CASTING001")
            .add("buyer", "Geely Auto")
            .add("amount", money("50000.00"))
            .add("date", today.toString())
            .add("contentHash", "ab".repeat(32)));
  }

  private static void issue(Http node, String id, String invoice, LocalDate today) {
    post(
        node,
        "api/certificates",
        Json.createObjectBuilder()
            .add("signer", "Geely Auto")
            .add("id", id)
            .add("supplier", "Ningbo Castings")
            .add("amount", money("50000.00"))
            .add("maturity", today.plusDays(90).toString())
            .add("invoice", invoice));
  }

  private static void accept(Http node, String id) {
    post(
        node,
        "api/certificates/" + id + "/acceptance",
        Json.createObjectBuilder().add("signer", "Ningbo Castings"));
  }

  private static void post(Http node, String path, jakarta.json.JsonObjectBuilder body) {
    expect(node.postJson(path, body.build().toString()), 200);
  }

  private static JsonObject money(String amount) {
    return Json.createObjectBuilder().add("currency", "CNY").add("amount", amount).build();
  }

  /** Asks until the answer is {@code wanted}, for up to 30 s; the last answer otherwise. */
  private static String eventually(Supplier<String> ask, String wanted) {
    Instant deadline = Instant.now().plus(FOLLOW_TIMEOUT);
    String answer = ask.get();
    while (!answer.equals(wanted) && Instant.now().isBefore(deadline)) {
      pause();
      answer = ask.get();
    }
    return answer;
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
