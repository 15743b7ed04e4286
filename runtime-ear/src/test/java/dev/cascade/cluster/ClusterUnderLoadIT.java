package dev.cascade.cluster;

import static dev.cascade.cluster.Cluster.NO_DEMO;
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
import dev.cascade.testsupport.WildflyServer;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Clients spread across the three nodes keep anchoring documents, each request with an
 * Idempotency-Key, while nodes die ({@code kill -9}): first the producer, then, once it is back, a
 * validator, then all three at once. A client whose request fails (the connection is cut, or the
 * node says 503) retries the same request with the same key through the next node, until it is
 * answered. Nothing answered 200 is lost; every request is answered in the end and commits once; a
 * new producer appends a block within 10 s of the producer's death; each killed node restarts,
 * catches up and ends with the same blocks as the others; after all three restart, the requests the
 * crash cut off are sent again with their keys and commit once, and each node's chain verifies.
 */
class ClusterUnderLoadIT {

  private static final int CLIENTS = 6;
  private static final Duration LOAD_BEFORE_KILL = Duration.ofSeconds(5);
  private static final Duration LOAD_AFTER_KILL = Duration.ofSeconds(10);

  /** How long one client keeps retrying one request through the nodes. */
  private static final Duration RETRY_FOR = Duration.ofSeconds(90);

  private static final List<String> SUPPLIERS = List.of("Load Supplier A", "Load Supplier B");

  /** Transaction ids answered, with the status of the answer (200 or 202). */
  private final Map<String, Integer> answered = new ConcurrentHashMap<>();

  /** Answers other than 200, 202 and 503, and requests never answered. */
  private final List<String> unexpected = new CopyOnWriteArrayList<>();

  /** The requests (number, client) that the death of all three nodes cut off. */
  private final List<int[]> cutOff = new CopyOnWriteArrayList<>();

  /** Whether all three nodes are dead: a request cut off then waits for their restart. */
  private volatile boolean allDown;

  private final AtomicInteger sequence = new AtomicInteger();
  private final AtomicInteger retries = new AtomicInteger();

  @Test
  void nothingAnsweredIsLostWhenTheProducerThenAValidatorThenAllThreeDieUnderLoad()
      throws Exception {
    List<WildflyServer> nodes = new ArrayList<>();
    try {
      List<Http> http = start(nodes, NO_DEMO, NO_DEMO, NO_DEMO);
      register(http.get(0), "Load Core", "CORE");
      for (String supplier : SUPPLIERS) {
        register(http.get(0), supplier, "SUPPLIER");
      }
      sameHead(http);

      // the producer dies under load
      int killed = producer(http);
      String killedName = producerName(http.get(killed));
      Duration gap =
          underLoad(
              http,
              () -> nodes.get(killed).kill(),
              () -> {
                Http survivor = http.get((killed + 1) % 3);
                Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
                while (Instant.now().isBefore(deadline)) {
                  Http.Answer latest = survivor.get("api/blocks/latest");
                  if (latest.status() == 200
                      && !latest.json().getString("producer").equals(killedName)) {
                    return;
                  }
                  Cluster.pause();
                }
              });
      System.out.println(
          "ClusterUnderLoadIT failover: from the kill of the producer to the next block under load "
              + gap);
      assertThat(gap)
          .as("from the kill to a new producer's block")
          .isLessThan(Duration.ofSeconds(10));
      nodes.set(killed, restart(killed, NO_DEMO));
      sameHead(http);

      // then a validator that was up all along dies under load
      int producing = producer(http);
      // the third node, neither restarted nor producing (unless the restarted one was elected)
      int validator = killed == producing ? (producing + 1) % 3 : 3 - killed - producing;
      underLoad(http, () -> nodes.get(validator).kill(), () -> {});
      nodes.set(validator, restart(validator, NO_DEMO));
      sameHead(http);

      // then all three die at once under load, and start again, one after the other; the requests
      // the crash cut off are sent again with their keys, and each commits once
      underLoad(
          http,
          () -> {
            allDown = true;
            nodes.forEach(WildflyServer::kill);
          },
          () -> {});
      allDown = false;
      for (int i = 0; i < nodes.size(); i++) {
        nodes.set(i, restart(i, NO_DEMO));
      }
      for (int[] request : cutOff) {
        request(http, request[0], request[1]);
      }

      assertThat(unexpected).as("requests not answered 200, 202 or 503 in the end").isEmpty();
      assertThat(answered.values()).contains(200);
      // every request answered; none applied twice: LOAD-n anchors a document of its own, so a
      // second application would have been refused (422) and counted as unexpected above
      assertThat(answered).as("one answer per request").hasSize(sequence.get());
      System.out.println(
          "ClusterUnderLoadIT: "
              + answered.size()
              + " requests answered, "
              + retries.get()
              + " retried through another node");
      sameHead(http);
      sameBlocks(http);
      for (int i = 0; i < http.size(); i++) {
        Http node = http.get(i);
        for (Map.Entry<String, Integer> answer : answered.entrySet()) {
          String status = "api/transactions/" + answer.getKey();
          String body =
              answer.getValue() == 200
                  ? node.get(status).body()
                  : Cluster.eventually(
                      () -> node.get(status).json().getString("status"), "committed");
          assertThat(body)
              .as("%s answered %d, on node %d", status, answer.getValue(), i + 1)
              .contains("committed");
        }
        JsonObject verification = node.get("api/ledger/verification").json();
        assertThat(verification.getBoolean("sound")).as(verification.toString()).isTrue();
      }
    } finally {
      nodes.forEach(WildflyServer::close);
    }
  }

  /**
   * Runs the clients for {@link #LOAD_BEFORE_KILL}, then {@code kill}, then {@code observe} in this
   * thread while the clients go on, then the clients for what is left of {@link #LOAD_AFTER_KILL};
   * waits until each client has its last request answered.
   *
   * @return how long {@code observe} took from the kill
   */
  private Duration underLoad(List<Http> http, Runnable kill, Runnable observe)
      throws InterruptedException {
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      clients.execute(
          () -> {
            while (running.get() && !allDown) {
              request(http, sequence.incrementAndGet(), client);
            }
          });
    }
    Thread.sleep(LOAD_BEFORE_KILL.toMillis());
    kill.run();
    Instant killedAt = Instant.now();
    observe.run();
    Duration observed = Duration.between(killedAt, Instant.now());
    long left = LOAD_AFTER_KILL.minus(observed).toMillis();
    if (left > 0) {
      Thread.sleep(left);
    }
    running.set(false);
    clients.shutdown();
    assertThat(clients.awaitTermination(RETRY_FOR.toSeconds() * 2, TimeUnit.SECONDS))
        .as("every client had its last request answered")
        .isTrue();
    return observed;
  }

  /**
   * Anchor {@code n}, through the client's own node first, then through the next, and so on, with
   * the same Idempotency-Key, until it is answered 200 or 202, or all nodes are dead.
   */
  private void request(List<Http> http, int n, int client) {
    String body = anchor(n, SUPPLIERS.get(client % SUPPLIERS.size()));
    Map<String, String> key = Map.of("Idempotency-Key", "load-" + n);
    Instant deadline = Instant.now().plus(RETRY_FOR);
    int node = client % http.size();
    String last = "";
    while (Instant.now().isBefore(deadline)) {
      try {
        Http.Answer answer = http.get(node).postJson("api/documents", body, key);
        if (answer.status() == 200 || answer.status() == 202) {
          Integer earlier = answered.put(answer.json().getString("transaction"), answer.status());
          if (earlier != null) {
            unexpected.add("LOAD-" + n + " answered twice with one transaction: " + answer.body());
          }
          return;
        }
        if (answer.status() != 503) {
          unexpected.add("LOAD-" + n + ": " + answer.status() + " " + answer.body());
          return;
        }
        last = answer.body();
      } catch (RuntimeException refused) {
        last = String.valueOf(refused);
      }
      if (allDown) {
        cutOff.add(new int[] {n, client});
        return;
      }
      retries.incrementAndGet();
      node = (node + 1) % http.size();
      Cluster.pause();
    }
    unexpected.add("LOAD-" + n + " never answered; last: " + last);
  }

  private static String producerName(Http node) {
    return expect(node.get("api/health"), 200).json().getJsonObject("chain").getString("producer");
  }

  private static String anchor(int n, String supplier) {
    return CascadeClient.invoice(
            "LOAD-" + n,
            "LOAD-" + n,
            supplier,
            "TAX " + supplier,
            "Load Core",
            "1000.00",
            LocalDate.now(ZoneOffset.ofHours(8)))
        .build()
        .toString();
  }
}
