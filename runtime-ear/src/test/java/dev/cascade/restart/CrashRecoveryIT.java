package dev.cascade.restart;

import static dev.cascade.testsupport.CascadeClient.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.testsupport.CascadeEar;
import dev.cascade.testsupport.Http;
import dev.cascade.testsupport.WildflyServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A node is killed the moment after it answered "committed" — no shutdown, nothing flushed — and
 * started again: every committed transaction is still there, the chain verifies, and the ledger
 * carries on. Killed again after answering "pending" (202) before any block took the transaction,
 * it commits that transaction when it starts again. The node runs from its own copy of the
 * provisioned server's configuration and data (port offset 400), beside the Arquillian server.
 */
class CrashRecoveryIT {

  private static final int PORT_OFFSET = 400;
  private static final Path HOME = Path.of(System.getProperty("cascade.server.home"));
  private static final String NODE = "crash-recovery";

  @Test
  void aKilledNodeComesBackWithEveryCommittedTransaction() {
    WildflyServer.freshNode(HOME, NODE);
    String certificate;
    JsonObject committed;
    WildflyServer node = start();
    try {
      node.command("deploy " + CascadeEar.file().getAbsolutePath());
      Http http = new Http(node.baseUrl() + "cascade/");
      certificate = issueAndAccept(http);
      committed = expect(http.get("api/certificates/" + certificate), 200).json();
    } finally {
      node.kill();
    }

    // started again with a submit timeout too short for any block, and no block for an hour:
    // a submission answers 202, and the node dies before any block takes it
    WildflyServer again =
        start("-Dcascade.submit.timeout.ms=1", "-Dcascade.block.interval.ms=3600000");
    String status;
    try {
      Http http = new Http(again.baseUrl() + "cascade/");
      assertThat(expect(http.get("api/certificates/" + certificate), 200).json())
          .isEqualTo(committed);
      JsonObject verification = http.get("api/ledger/verification").json();
      assertThat(verification.getBoolean("sound")).as(verification.toString()).isTrue();
      Http.Answer pledged =
          expect(
              http.postJson(
                  "api/certificates/" + certificate + "/pledge",
                  Json.createObjectBuilder()
                      .add("signer", "Crash Supplier")
                      .add("pledgee", "Crash Bank")
                      .build()
                      .toString()),
              202);
      assertThat(pledged.json().getString("status")).isEqualTo("pending");
      status = "api/transactions/" + pledged.json().getString("transaction");
      assertThat(http.get(status).json().getString("status")).isEqualTo("pending");
    } finally {
      again.kill();
    }

    // a transaction answered 202 is not lost with the node: started again, it is committed
    String pending = status;
    WildflyServer third = start();
    try {
      Http http = new Http(third.baseUrl() + "cascade/");
      assertThat(eventually(() -> http.get(pending).body(), "\"status\":\"committed\""))
          .contains("\"status\":\"committed\"");
      // the status may say committed from the applied block a moment before the projection,
      // which certificate queries read, shows it
      assertThat(
              eventually(
                  () -> http.get("api/certificates/" + certificate).body(),
                  "\"pledgee\":\"Crash Bank\""))
          .contains("\"pledgee\":\"Crash Bank\"");
      JsonObject verification = http.get("api/ledger/verification").json();
      assertThat(verification.getBoolean("sound")).as(verification.toString()).isTrue();
    } finally {
      third.close();
    }
  }

  /** Registers the parties, anchors an invoice, issues a certificate and accepts it. */
  private static String issueAndAccept(Http http) {
    for (List<String> party :
        List.of(
            List.of("Crash Core", "CORE"),
            List.of("Crash Supplier", "SUPPLIER"),
            List.of("Crash Bank", "BANK"))) {
      post(
          http,
          "api/enterprises",
          Json.createObjectBuilder()
              .add("signer", "Cascade Operator")
              .add("name", party.get(0))
              .add("taxId", "TAX " + party.get(0))
              .add("roles", Json.createArrayBuilder().add(party.get(1))));
      post(
          http,
          "api/enterprises/" + party.get(0).replace(" ", "%20") + "/approval",
          Json.createObjectBuilder().add("signer", "Cascade Operator"));
    }
    expect(http.postJson("api/programmes", deploy()), 200);
    post(
        http,
        "api/enterprises/Crash%20Core/credit-lines",
        Json.createObjectBuilder().add("signer", "Crash Bank").add("limit", money("900000.00")));
    LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
    post(
        http,
        "api/documents",
        Json.createObjectBuilder()
            .add("signer", "Crash Supplier")
            .add("id", "CRASH-INV")
            .add("kind", "INVOICE")
            .add("number", "CRASH-1")
            .add("seller", "Crash Supplier")
            .add("sellerTaxId", "TAX Crash Supplier")
            .add("buyer", "Crash Core")
            .add("amount", money("100000.00"))
            .add("date", today.toString())
            .add("contentHash", "cd".repeat(32)));
    post(
        http,
        "api/certificates",
        Json.createObjectBuilder()
            .add("signer", "Crash Core")
            .add("id", "CRASH-1")
            .add("supplier", "Crash Supplier")
            .add("amount", money("100000.00"))
            .add("maturity", today.plusDays(60).toString())
            .add("invoice", "CRASH-INV"));
    post(
        http,
        "api/certificates/CRASH-1/acceptance",
        Json.createObjectBuilder().add("signer", "Crash Supplier"));
    return "CRASH-1";
  }

  private static String deploy() {
    try {
      return Json.createObjectBuilder()
          .add("signer", "Cascade Operator")
          .add("source", Files.readString(Path.of("../contract-dsl/examples/programme.rcl")))
          .build()
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void post(Http http, String path, jakarta.json.JsonObjectBuilder body) {
    expect(http.postJson(path, body.build().toString()), 200);
  }

  private static JsonObject money(String amount) {
    return Json.createObjectBuilder().add("currency", "CNY").add("amount", amount).build();
  }

  private static WildflyServer start(String... more) {
    List<String> properties = new java.util.ArrayList<>(List.of("-Dcascade.demo=false"));
    properties.addAll(List.of(more));
    return WildflyServer.startNode(HOME, NODE, PORT_OFFSET, properties);
  }

  /** Asks until the answer contains {@code wanted}, for up to 10 s; the last answer otherwise. */
  private static String eventually(java.util.function.Supplier<String> ask, String wanted) {
    String answer = ask.get();
    for (int i = 0; i < 100 && !answer.contains(wanted); i++) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      answer = ask.get();
    }
    return answer;
  }
}
