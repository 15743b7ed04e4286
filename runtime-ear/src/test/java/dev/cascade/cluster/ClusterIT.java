package dev.cascade.cluster;

import static dev.cascade.cluster.Cluster.FOLLOW_TIMEOUT;
import static dev.cascade.cluster.Cluster.NO_DEMO;
import static dev.cascade.cluster.Cluster.eventually;
import static dev.cascade.cluster.Cluster.money;
import static dev.cascade.cluster.Cluster.pause;
import static dev.cascade.cluster.Cluster.post;
import static dev.cascade.cluster.Cluster.producer;
import static dev.cascade.cluster.Cluster.register;
import static dev.cascade.cluster.Cluster.restart;
import static dev.cascade.cluster.Cluster.sameBlocks;
import static dev.cascade.cluster.Cluster.sameHead;
import static dev.cascade.cluster.Cluster.start;
import static dev.cascade.testsupport.CascadeClient.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.testsupport.CascadeClient;
import dev.cascade.testsupport.Http;
import dev.cascade.testsupport.Metrics;
import dev.cascade.testsupport.WildflyServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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

  @Test
  void everyNodeFollowsTheBlocksAnyNodeWrites() {
    List<WildflyServer> nodes = new ArrayList<>();
    try {
      List<Http> http = start(nodes, List.of(), List.of(), List.of());
      for (Http node : http) {
        JsonObject health = expect(node.get("api/health"), 200).json();
        assertThat(health.getJsonObject("cache").getJsonArray("members"))
            .as("every node sees the other two")
            .hasSize(3);
      }
      String producer =
          http.get(producer(http))
              .get("api/health")
              .json()
              .getJsonObject("chain")
              .getString("producer");
      sameHead(http);
      long started = expect(http.get(0).get("api/blocks/latest"), 200).json().getInt("height");

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

      // a client that lost its answer retries through another node with its idempotency key:
      // the retry is the first transaction, applied once
      String body =
          Json.createObjectBuilder()
              .add("signer", "Cascade Operator")
              .add("name", "Retrying Supplier")
              .add("taxId", "TAX Retrying Supplier")
              .add("roles", Json.createArrayBuilder().add("SUPPLIER"))
              .build()
              .toString();
      java.util.Map<String, String> key = java.util.Map.of("Idempotency-Key", "cluster-retry-1");
      JsonObject first = expect(http.get(0).postJson("api/enterprises", body, key), 200).json();
      JsonObject retry = expect(http.get(1).postJson("api/enterprises", body, key), 200).json();
      assertThat(retry.getString("transaction")).isEqualTo(first.getString("transaction"));
      sameHead(http);

      String certificates = http.get(0).get("api/certificates").body();
      verifyEqual(http, certificates);
      // one producer made every block since, whichever node each operation came through
      long head = expect(http.get(0).get("api/blocks/latest"), 200).json().getInt("height");
      assertThat(head).isGreaterThan(started);
      for (long height = started + 1; height <= head; height++) {
        assertThat(
                expect(http.get(2).get("api/blocks/" + height), 200).json().getString("producer"))
            .as("the producer of block %d", height)
            .isEqualTo(producer);
      }
      // what IT's monitoring scrapes from each node's management interface says the same
      int producing = producer(http);
      for (int i = 0; i < nodes.size(); i++) {
        Metrics metrics = Metrics.scrape(nodes.get(i).managementUrl());
        assertThat(metrics.value("cascade_chain_height")).as("node %d's height", i).isEqualTo(head);
        assertThat(metrics.value("cascade_node_producer"))
            .as("whether node %d produces", i)
            .isEqualTo(i == producing ? 1 : 0);
        assertThat(metrics.value("cascade_cluster_members")).isEqualTo(3);
        assertThat(metrics.value("cascade_cluster_size")).isEqualTo(3);
        assertThat(metrics.value("cascade_chain_mismatch")).isZero();
      }
    } finally {
      nodes.forEach(WildflyServer::close);
    }
  }

  /**
   * A node started with the test's fault switch records every anchored document with one byte
   * changed. It joins an empty ledger; the first anchor any node writes gives it a state root the
   * others do not have: it stops at that block with an alarm naming the height and both roots,
   * reports itself DOWN and takes no operation (503), while the other two go on.
   */
  @Test
  void aNodeThatDisagreesStopsAtTheBlockItCannotApplyAndTheOthersGoOn() {
    List<WildflyServer> nodes = new ArrayList<>();
    try {
      List<Http> http =
          start(
              nodes,
              NO_DEMO,
              NO_DEMO,
              List.of(
                  "-Dcascade.demo=false",
                  "-Dcascade.test.fault=disagree",
                  "-Dcascade.test.faults=allowed"));
      Http disagreeing = http.get(2);
      register(http.get(0), "Disagree Core", "CORE");
      register(http.get(0), "Disagree Supplier", "SUPPLIER");
      sameHead(http); // no anchor yet: all three agree
      long before = expect(http.get(0).get("api/blocks/latest"), 200).json().getInt("height");

      anchor(http.get(0), "DIS-INV-1", "DIS-1", "Disagree Supplier", "Disagree Core");

      JsonObject health = eventuallyDown(disagreeing);
      String alarm = health.getJsonObject("chain").getString("alarm");
      assertThat(alarm)
          .contains("block " + (before + 1))
          .contains("is not the root of the state its transactions give on this node");
      assertThat(health.getJsonObject("chain").getInt("height")).isEqualTo((int) before);
      // the alarm is a metric too, on the node that raised it only
      assertThat(Metrics.scrape(nodes.get(2).managementUrl()).value("cascade_chain_mismatch"))
          .isEqualTo(1);
      assertThat(Metrics.scrape(nodes.get(0).managementUrl()).value("cascade_chain_mismatch"))
          .isZero();
      Http.Answer refused =
          disagreeing.postJson(
              "api/enterprises",
              Json.createObjectBuilder()
                  .add("signer", "Cascade Operator")
                  .add("name", "Late Comer")
                  .add("taxId", "TAX Late Comer")
                  .add("roles", Json.createArrayBuilder().add("SUPPLIER"))
                  .build()
                  .toString());
      assertThat(refused.status()).isEqualTo(503);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.json().getString("detail")).contains("takes no operation");

      // the other two go on, and agree
      anchor(http.get(1), "DIS-INV-2", "DIS-2", "Disagree Supplier", "Disagree Core");
      sameHead(http.subList(0, 2));
      assertThat(expect(http.get(1).get("api/health"), 200).json().getString("status"))
          .isEqualTo("UP");
    } finally {
      nodes.forEach(WildflyServer::close);
    }
  }

  /**
   * The producer dies (kill -9): within 10 s the two others elect a new one, and an operation
   * submitted through one of them commits; the killed node comes back as a validator, catches up
   * with what was written while it was gone and ends with the same head and a sound chain.
   */
  @Test
  void whenTheProducerIsKilledAnotherNodeProducesWithinTenSecondsAndTheKilledOneCatchesUp() {
    List<WildflyServer> nodes = new ArrayList<>();
    try {
      List<Http> http = start(nodes, NO_DEMO, NO_DEMO, NO_DEMO);
      register(http.get(1), "Failover Core", "CORE");
      sameHead(http);
      int killed = producer(http);
      List<Http> survivors = new ArrayList<>(http);
      survivors.remove(killed);

      nodes.get(killed).kill();
      Instant kill = Instant.now();
      register(survivors.get(0), "Failover Supplier", "SUPPLIER");
      Duration gap = Duration.between(kill, Instant.now());
      System.out.println("ClusterIT failover: an operation submitted at the kill committed " + gap);
      assertThat(gap).as("from the kill to the next block").isLessThan(Duration.ofSeconds(10));
      int elected = producer(survivors);
      register(survivors.get(1 - elected), "Failover Bank", "BANK");
      sameHead(survivors);

      nodes.set(killed, restart(killed, NO_DEMO));
      Http back = http.get(killed);
      assertThat(
              eventually(
                  () -> back.get("api/health").json().getJsonObject("chain").getString("role"),
                  "validator"))
          .isEqualTo("validator");
      sameHead(http);
      register(back, "Failover Late Supplier", "SUPPLIER");
      sameHead(http);
      for (Http node : http) {
        assertThat(
                eventually(
                    () ->
                        String.valueOf(
                            node.get("api/enterprises/Failover%20Late%20Supplier").status()),
                    "200"))
            .as("every node shows what the restarted node took")
            .isEqualTo("200");
        JsonObject verification = node.get("api/ledger/verification").json();
        assertThat(verification.getBoolean("sound")).as(verification.toString()).isTrue();
      }
    } finally {
      nodes.forEach(WildflyServer::close);
    }
  }

  /**
   * Two of three die (kill -9). The survivor commits nothing: it answers operations with 503
   * problem+json saying why, and still answers reads, from the height it has. The two come back:
   * the cluster resumes with what the survivor held, the refused operation nowhere, an operation
   * through a node that came back commits, and every height has the same block on every node.
   */
  @Test
  void aMinorityCommitsNothingAndSaysWhyAndTheClusterResumesWhenTheOthersComeBack() {
    List<WildflyServer> nodes = new ArrayList<>();
    try {
      List<Http> http = start(nodes, NO_DEMO, NO_DEMO, NO_DEMO);
      register(http.get(0), "Minority Core", "CORE");
      sameHead(http);
      int survivor = producer(http);
      Http alone = http.get(survivor);
      long height = expect(alone.get("api/blocks/latest"), 200).json().getInt("height");

      for (int i = 0; i < nodes.size(); i++) {
        if (i != survivor) {
          nodes.get(i).kill();
        }
      }
      assertThat(
              eventually(
                  () ->
                      String.valueOf(
                          alone
                              .get("api/health")
                              .json()
                              .getJsonObject("cache")
                              .getJsonArray("members")
                              .size()),
                  "1"))
          .as("the survivor sees itself alone")
          .isEqualTo("1");
      Http.Answer refused =
          alone.postJson(
              "api/enterprises",
              Json.createObjectBuilder()
                  .add("signer", "Cascade Operator")
                  .add("name", "Minority Supplier")
                  .add("taxId", "TAX Minority Supplier")
                  .add("roles", Json.createArrayBuilder().add("SUPPLIER"))
                  .build()
                  .toString());
      assertThat(refused.status()).as(refused.body()).isEqualTo(503);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.json().getString("detail")).contains("majority");
      assertThat(expect(alone.get("api/blocks/latest"), 200).json().getInt("height"))
          .as("reads answer from the height the survivor has")
          .isEqualTo((int) height);

      // the two come back, one after the other (the first makes a majority in view again, so the
      // survivor's degraded caches are made available and the first one's start can open its
      // ledger)
      for (int i = 0; i < nodes.size(); i++) {
        if (i != survivor) {
          nodes.set(i, restart(i, NO_DEMO));
        }
      }
      sameHead(http);
      Http back = http.get((survivor + 1) % 3);
      register(back, "Minority Late Supplier", "SUPPLIER");
      sameHead(http);
      sameBlocks(http);
      for (Http node : http) {
        assertThat(node.get("api/enterprises/Minority%20Core").status())
            .as("what was answered 200 before the kill")
            .isEqualTo(200);
        assertThat(node.get("api/enterprises/Minority%20Supplier").status())
            .as("what the minority refused")
            .isEqualTo(404);
        assertThat(
                eventually(
                    () ->
                        String.valueOf(
                            node.get("api/enterprises/Minority%20Late%20Supplier").status()),
                    "200"))
            .isEqualTo("200");
        JsonObject verification = node.get("api/ledger/verification").json();
        assertThat(verification.getBoolean("sound")).as(verification.toString()).isTrue();
      }
    } finally {
      nodes.forEach(WildflyServer::close);
    }
  }

  /** Every node shows these certificates, and verifies its chain. */
  private static void verifyEqual(List<Http> http, String certificates) {
    for (Http node : http) {
      assertThat(eventually(() -> node.get("api/certificates").body(), certificates))
          .as("the same certificates on every node")
          .isEqualTo(certificates);
      assertThat(node.get("api/certificates/CL-2").json().getString("state")).isEqualTo("accepted");
      JsonObject verification = node.get("api/ledger/verification").json();
      assertThat(verification.getBoolean("sound")).as(verification.toString()).isTrue();
    }
  }

  /** Waits until the node reports itself DOWN, for up to 30 s, and returns its health. */
  private static JsonObject eventuallyDown(Http node) {
    Instant deadline = Instant.now().plus(FOLLOW_TIMEOUT);
    Http.Answer health = node.get("api/health");
    while (health.status() != 503 && Instant.now().isBefore(deadline)) {
      pause();
      health = node.get("api/health");
    }
    assertThat(health.status()).as(health.body()).isEqualTo(503);
    return health.json();
  }

  private static void anchor(Http node, String id, String number, LocalDate today) {
    anchor(node, id, number, "Ningbo Castings", "91330200CASTING001", "Geely Auto", today);
  }

  private static void anchor(Http node, String id, String number, String seller, String buyer) {
    anchor(node, id, number, seller, "TAX " + seller, buyer, LocalDate.now(ZoneOffset.ofHours(8)));
  }

  private static void anchor(
      Http node,
      String id,
      String number,
      String seller,
      String sellerTaxId,
      String buyer,
      LocalDate today) {
    post(
        node,
        "api/documents",
        CascadeClient.invoice(id, number, seller, sellerTaxId, buyer, "50000.00", today));
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
}
