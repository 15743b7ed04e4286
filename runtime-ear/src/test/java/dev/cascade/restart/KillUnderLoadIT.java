package dev.cascade.restart;

import static dev.cascade.testsupport.CascadeClient.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.testsupport.CascadeClient;
import dev.cascade.testsupport.CascadeEar;
import dev.cascade.testsupport.Http;
import dev.cascade.testsupport.WildflyServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Clients keep submitting while the node is killed ({@code kill -9}) at a random moment; then its
 * newest snapshot has one byte flipped, and the node is started again. Every transaction answered
 * 200 before the kill is in the chain, every one answered 202 commits, the corrupted snapshot is
 * discarded with a warning naming its file, and the chain and the node's state, replayed, verify.
 * The node runs from its own copy of the provisioned server (port offset 600).
 */
class KillUnderLoadIT {

  private static final int PORT_OFFSET = 600;
  private static final Path HOME = Path.of(System.getProperty("cascade.server.home"));
  private static final String NODE = "kill-under-load";
  private static final int CLIENTS = 6;
  private static final String SUPPLIER = "Load Supplier";

  private final List<String> unexpected = new java.util.concurrent.CopyOnWriteArrayList<>();

  @Test
  void everyAnsweredTransactionSurvivesAKillUnderLoadAndABadSnapshot() throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    Duration killAfter = Duration.ofMillis(4_000 + random.nextInt(4_000));
    Map<String, Integer> answered = new ConcurrentHashMap<>();
    WildflyServer.freshNode(HOME, NODE);
    WildflyServer node =
        start(
            // small blocks, a snapshot every ten, and a submit timeout that some blocks outlast
            "-Dcascade.block.interval.ms=100",
            "-Dcascade.snapshot.blocks=10",
            "-Dcascade.submit.timeout.ms=150");
    try {
      node.command("deploy " + CascadeEar.file().getAbsolutePath());
      Http http = new Http(node.baseUrl() + "cascade/");
      register(http);
      load(http, killAfter, answered);
    } finally {
      node.kill();
    }
    String context = "seed " + seed + ", killed after " + killAfter.toMillis() + " ms";
    assertThat(answered.values()).as(context).contains(200);
    assertThat(unexpected).as("answers other than 200 and 202; %s", context).isEmpty();

    Path snapshots = base().resolve("data/cascade/snapshots");
    Path newest;
    try (Stream<Path> files = Files.list(snapshots)) {
      newest =
          files
              .filter(p -> p.getFileName().toString().endsWith(".bin"))
              .max(Path::compareTo)
              .orElseThrow(() -> new AssertionError("no snapshot was taken; " + context));
    }
    byte[] bytes = Files.readAllBytes(newest);
    bytes[bytes.length / 2] ^= 0x01;
    Files.write(newest, bytes);

    WildflyServer again = start();
    try {
      Http http = new Http(again.baseUrl() + "cascade/");
      String restart = log().substring(log().indexOf("The snapshot " + newest + " was discarded"));
      // snapshots never run ahead of the projection: it catches up with the blocks replayed
      assertThat(restart)
          .as(context)
          .contains("Ledger opened at height")
          .containsAnyOf("The projection caught up from block", "The projection is at the chain's")
          .doesNotContain("rebuilding it from the chain");
      for (Map.Entry<String, Integer> answer : answered.entrySet()) {
        String status = "api/transactions/" + answer.getKey();
        String expected = "\"status\":\"committed\"";
        String body =
            answer.getValue() == 200 ? http.get(status).body() : eventually(http, status, expected);
        assertThat(body)
            .as("%s answered %d; %s", status, answer.getValue(), context)
            .contains(expected);
      }
      JsonObject verification = http.get("api/ledger/verification").json();
      assertThat(verification.getBoolean("sound")).as(verification + "; " + context).isTrue();
    } finally {
      again.close();
    }
  }

  /** The operator registers and approves a supplier whose key the server keeps. */
  private static void register(Http http) {
    expect(
        http.postJson(
            "api/enterprises",
            Json.createObjectBuilder()
                .add("signer", "Cascade Operator")
                .add("name", SUPPLIER)
                .add("taxId", "TAX LOAD")
                .add("roles", Json.createArrayBuilder().add("SUPPLIER"))
                .build()
                .toString()),
        200);
    expect(
        http.postJson(
            "api/enterprises/Load%20Supplier/approval",
            Json.createObjectBuilder().add("signer", "Cascade Operator").build().toString()),
        200);
  }

  /**
   * {@value #CLIENTS} clients anchor invoices one after another until {@code killAfter}; each
   * answer with a transaction id (200 or 202) is kept. Requests the kill cuts off have no answer.
   */
  private void load(Http http, Duration killAfter, Map<String, Integer> answered)
      throws InterruptedException {
    Instant end = Instant.now().plus(killAfter);
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger sequence = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    for (int c = 0; c < CLIENTS; c++) {
      clients.execute(
          () -> {
            while (running.get()) {
              try {
                Http.Answer answer =
                    http.postJson("api/documents", anchor(sequence.incrementAndGet()));
                if (answer.status() == 200 || answer.status() == 202) {
                  answered.put(answer.json().getString("transaction"), answer.status());
                } else {
                  unexpected.add(answer.status() + " " + answer.body());
                }
              } catch (RuntimeException cutOff) {
                return; // the node is gone
              }
            }
          });
    }
    while (Instant.now().isBefore(end)) {
      Thread.sleep(50);
    }
    // killed while the clients are still submitting: their requests in flight have no answer
    running.set(false);
    clients.shutdown();
    clients.awaitTermination(0, TimeUnit.SECONDS);
  }

  private static String anchor(int n) {
    return CascadeClient.invoice(
            "LOAD-" + n,
            "LOAD-" + n,
            SUPPLIER,
            "TAX LOAD",
            "Load Core",
            "1000.00",
            LocalDate.now(ZoneOffset.ofHours(8)))
        .build()
        .toString();
  }

  /** Asks until the answer contains {@code wanted}, for up to 30 s; the last answer otherwise. */
  private static String eventually(Http http, String path, String wanted)
      throws InterruptedException {
    String answer = http.get(path).body();
    for (int i = 0; i < 300 && !answer.contains(wanted); i++) {
      Thread.sleep(100);
      answer = http.get(path).body();
    }
    return answer;
  }

  private static String log() throws IOException {
    return Files.readString(base().resolve("log/server.log"), StandardCharsets.UTF_8);
  }

  private static Path base() {
    return WildflyServer.nodeBase(HOME, NODE);
  }

  private static WildflyServer start(String... more) {
    List<String> properties = new ArrayList<>(List.of("-Dcascade.demo=false"));
    properties.addAll(List.of(more));
    return WildflyServer.startNode(HOME, NODE, PORT_OFFSET, properties);
  }
}
