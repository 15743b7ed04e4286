package dev.cascade.ledger;

import static dev.cascade.testsupport.CascadeClient.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.testsupport.CascadeClient;
import dev.cascade.testsupport.CascadeEar;
import dev.cascade.testsupport.Http;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every rule of the ledger broken once through the REST API: each is refused with 422, the rule and
 * a clear message, and the certificates are exactly as they were.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerRulesIT {

  private final CascadeClient cascade = new CascadeClient();
  private final LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
  private final String core = cascade.name("Great Wall Motor");
  private final String tier1 = cascade.name("Baoding Seats");
  private final String tier2 = cascade.name("Tianjin Wheels");
  private final String bank = cascade.name("Bank of Hebei");
  private final String otherBank = cascade.name("Bank of Tianjin");
  private final String c = cascade.id("GW");

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return CascadeEar.fromBuild();
  }

  @BeforeEach
  void anAcceptedCertificate() {
    cascade.enterprise(core, "CORE");
    cascade.enterprise(tier1, "SUPPLIER");
    cascade.enterprise(tier2, "SUPPLIER");
    cascade.enterprise(bank, "BANK");
    cascade.enterprise(otherBank, "BANK");
    expect(cascade.grantCredit(bank, core, "5,000,000.00"), 200);
    expect(
        cascade.anchorInvoice(
            cascade.id("INV-1"), "INV-2026-0001", tier1, core, "1,000,000.00", today),
        200);
    expect(
        cascade.issue(
            core, c, tier1, "1,000,000.00", today, today.plusDays(90), cascade.id("INV-1")),
        200);
    expect(cascade.accept(tier1, c), 200);
  }

  @Test
  void eachBrokenRuleIsRefusedAndChangesNothing() {
    refused(
        () -> cascade.transfer(tier2, c, tier2, "1,000,000.00"),
        "only the holder moves a certificate");
    refused(
        () ->
            cascade.split(tier1, c, List.of("600,000.00", "399,999.99"), List.of(c + "a", c + "b")),
        "value is conserved through every split and transfer");
    // the same invoice again, its number written another way, its file re-encoded
    expect(
        cascade.anchorInvoice(
            cascade.id("INV-2"), "inv 2026 0001", tier1, core, "1,000,000.00", today),
        200);
    refused(
        () ->
            cascade.issue(
                core,
                c + "x",
                tier1,
                "1,000,000.00",
                today,
                today.plusDays(90),
                cascade.id("INV-2")),
        "an invoice backs at most one issuance or financing");
    expect(
        cascade.anchorInvoice(cascade.id("INV-3"), "INV-3", tier1, core, "4,500,000.00", today),
        200);
    refused(
        () ->
            cascade.issue(
                core,
                c + "y",
                tier1,
                "4,500,000.00",
                today,
                today.plusDays(90),
                cascade.id("INV-3")),
        "credit line");
    expect(
        cascade.anchorInvoice(cascade.id("INV-4"), "INV-4", tier1, core, "10,000.00", today), 200);
    JsonObject tenor =
        refused(
            () ->
                cascade.issue(
                    core,
                    c + "z",
                    tier1,
                    "10,000.00",
                    today,
                    today.plusDays(200),
                    cascade.id("INV-4")),
            "tenor limit");
    assertThat(tenor.getJsonArray("values").getValuesAs(jakarta.json.JsonString::getString))
        .as("the values that decided it")
        .contains("maximum tenor = 180 days");
    expect(cascade.pledge(tier1, c, bank), 200);
    refused(
        () -> cascade.pledge(tier1, c, otherBank),
        "a pledged or financed part is not pledged or financed again");
    expect(cascade.release(bank, c), 200);
    expect(cascade.finance(tier1, c, bank, "0.04"), 200);
    refused(
        () -> cascade.finance(bank, c, otherBank, "0.04"),
        "a pledged or financed part is not pledged or financed again");
    expect(cascade.pay(core, c), 200);
    refused(
        () -> cascade.transfer(bank, c, tier2, "1,000,000.00"),
        "nothing happens to a settled or cancelled certificate");
  }

  @Test
  void badInputOfAnyShapeIsA4xxProblem() {
    for (String body :
        List.of(
            "",
            "[]",
            "{\"signer\": 5}",
            "{\"signer\": \""
                + tier1
                + "\", \"to\": \""
                + tier2
                + "\", \"amount\": {\"currency\": \"CNY\", \"amount\": \"1.001\"}}",
            "{\"signer\": \""
                + tier1
                + "\", \"to\": \""
                + tier2
                + "\", \"amount\": {\"currency\": \"ZZZ\", \"amount\": \"1\"}}",
            "{\"signer\": \""
                + tier1
                + "\", \"to\": \""
                + tier2
                + "\", \"amount\": {\"currency\": \"CNY\", \"amount\": \"-5\"}}",
            "{\"signer\": \"a/b\", \"to\": \"x\", \"amount\": {\"currency\": \"CNY\", \"amount\": \"1\"}}",
            // an amount whose rounding alone would take minutes
            "{\"signer\": \""
                + tier1
                + "\", \"to\": \""
                + tier2
                + "\", \"amount\": {\"currency\": \"CNY\", \"amount\": \"1e100000000\"}}",
            // a partial transfer without the two new ids
            "{\"signer\": \""
                + tier1
                + "\", \"to\": \""
                + tier2
                + "\", \"amount\": {\"currency\": \"CNY\", \"amount\": \"1.00\"}}")) {
      String before = snapshot();
      Http.Answer answer = cascade.http().postJson("api/certificates/" + c + "/transfers", body);

      assertThat(answer.status()).as(body).isBetween(400, 499);
      assertThat(answer.contentType()).as(body).startsWith("application/problem+json");
      assertThat(answer.body()).as(body).doesNotContain("Exception", "\tat ");
      assertThat(snapshot()).as(body).isEqualTo(before);
    }
  }

  private JsonObject refused(java.util.function.Supplier<Http.Answer> attempt, String rule) {
    String before = snapshot();
    Http.Answer answer = attempt.get();

    assertThat(answer.status()).as(rule + ": " + answer.body()).isEqualTo(422);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    JsonObject problem = answer.json();
    assertThat(problem.getString("rule")).isEqualTo(rule);
    assertThat(problem.getString("title")).isEqualTo("Rejected: " + rule);
    assertThat(problem.getString("detail")).isNotBlank();
    assertThat(snapshot()).as("state after " + rule).isEqualTo(before);
    return problem;
  }

  /** Everything the core enterprise's certificates and exposure are, as users query them. */
  private String snapshot() {
    return cascade.get("api/certificates?issuer=" + CascadeClient.path(core)).body()
        + cascade.get("api/enterprises/" + CascadeClient.path(core) + "/exposure").body();
  }
}
