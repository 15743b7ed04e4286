package dev.cascade.ledger;

import static dev.cascade.testsupport.CascadeClient.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.testsupport.CascadeClient;
import dev.cascade.testsupport.CascadeEar;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole life of a receivable through the REST API of the deployed EAR: issue, accept, transfer
 * to tier 2, split, transfer a part to tier 3, finance it, and pay at maturity, to the cent.
 */
@ExtendWith(ArquillianExtension.class)
class ReceivableLifecycleIT {

  private final CascadeClient cascade = new CascadeClient();
  private final LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return CascadeEar.fromBuild();
  }

  @Test
  void issueToPaymentSettlesEveryHolderToTheCent() {
    String core = cascade.name("Chery Auto");
    String tier1 = cascade.name("Wuhu Castings");
    String tier2 = cascade.name("Hefei Bolts");
    String tier3 = cascade.name("Anqing Springs");
    String bank = cascade.name("Huishang Bank");
    cascade.enterprise(core, "CORE");
    for (String supplier : List.of(tier1, tier2, tier3)) {
      cascade.enterprise(supplier, "SUPPLIER");
    }
    cascade.enterprise(bank, "BANK");
    expect(cascade.grantCredit(bank, core, "50,000,000.00"), 200);
    String invoice = cascade.id("INV");
    String c = cascade.id("CH");
    expect(cascade.anchorInvoice(invoice, "34001234", tier1, core, "1,000,000.00", today), 200);

    JsonObject issued =
        expect(
                cascade.issue(core, c, tier1, "1,000,000.00", today, today.plusDays(90), invoice),
                200)
            .json();
    assertThat(issued.getString("status")).isEqualTo("committed");
    expect(cascade.accept(tier1, c), 200);
    expect(cascade.transfer(tier1, c, tier2, "1,000,000.00"), 200);
    expect(
        cascade.split(tier2, c, List.of("600,000.00", "400,000.00"), List.of(c + "-1", c + "-2")),
        200);
    expect(cascade.transfer(tier2, c + "-1", tier3, "250,000.00", c + "-1-1", c + "-1-2"), 200);
    // the ledger dates a financing its block day, in Beijing: taken before and after the call, so
    // that a run across midnight expects the interest of the day the financing really fell on
    LocalDate before = LocalDate.now(ZoneOffset.ofHours(8));
    JsonObject financed = expect(cascade.finance(tier3, c + "-1-1", bank, "0.036"), 200).json();
    LocalDate after = LocalDate.now(ZoneOffset.ofHours(8));
    JsonObject paid = expect(cascade.pay(core, c), 200).json();

    BigDecimal interest = amount(financed.getJsonObject("financing").getJsonObject("interest"));
    BigDecimal proceeds = amount(financed.getJsonObject("financing").getJsonObject("proceeds"));
    assertThat(interest.add(proceeds)).isEqualByComparingTo("250000.00");
    // 250,000 × 3.6% × 90 / 360 = 2,250.00 when financed on the issue day
    assertThat(interest)
        .isIn(interest(today.plusDays(90), before), interest(today.plusDays(90), after));
    JsonArray payouts = paid.getJsonArray("payouts");
    assertThat(payouts.getValuesAs(JsonValue::asJsonObject))
        .extracting(
            p -> p.getString("holder") + " " + p.getJsonObject("amount").getString("amount"))
        .containsExactlyInAnyOrder(bank + " 250000.00", tier2 + " 350000.00", tier2 + " 400000.00");
    assertThat(
            payouts.getValuesAs(JsonValue::asJsonObject).stream()
                .map(p -> amount(p.getJsonObject("amount")))
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("1000000.00");

    JsonObject lineage = expect(cascade.get("api/certificates/" + c + "-1-1/lineage"), 200).json();
    List<JsonObject> ancestors =
        lineage.getJsonArray("ancestors").getValuesAs(JsonValue::asJsonObject);
    assertThat(ancestors).extracting(a -> a.getString("id")).containsExactly(c, c + "-1");
    assertThat(ancestors.get(0).getString("issuer")).isEqualTo(core);
    assertThat(ancestors.get(0).containsKey("parent")).isFalse();
    JsonObject part = lineage.getJsonObject("tree").getJsonObject("certificate");
    assertThat(part.getInt("tier")).isEqualTo(3);
    assertThat(part.getString("state")).isEqualTo("settled");
    assertThat(part.getString("holder")).isEqualTo(bank);

    JsonObject tree = expect(cascade.get("api/certificates/" + c + "/lineage"), 200).json();
    assertThat(tree.getJsonObject("tree").getJsonArray("parts")).hasSize(2);
    assertThat(
            cascade
                .get("api/enterprises/" + CascadeClient.path(core) + "/exposure")
                .json()
                .getJsonArray("tiers"))
        .as("nothing is owed after payment")
        .isEmpty();
  }

  @Test
  void certificatesAreFoundByHolderIssuerAndStateAndExposureIsPerTier() {
    String core = cascade.name("BYD Auto");
    String tier1 = cascade.name("Shenzhen Glass");
    String tier2 = cascade.name("Dongguan Rubber");
    String bank = cascade.name("Ping An Bank");
    cascade.enterprise(core, "CORE");
    cascade.enterprise(tier1, "SUPPLIER");
    cascade.enterprise(tier2, "SUPPLIER");
    cascade.enterprise(bank, "BANK");
    expect(cascade.grantCredit(bank, core, "10,000,000.00"), 200);
    String invoice = cascade.id("INV");
    String c = cascade.id("BYD");
    expect(cascade.anchorInvoice(invoice, "44000001", tier1, core, "300,000.00", today), 200);
    expect(cascade.issue(core, c, tier1, "300,000.00", today, today.plusDays(60), invoice), 200);
    expect(cascade.accept(tier1, c), 200);
    expect(cascade.transfer(tier1, c, tier2, "100,000.00", c + "-A", c + "-B"), 200);

    assertThat(ids("api/certificates?holder=" + CascadeClient.path(tier2)))
        .containsExactly(c + "-A");
    assertThat(ids("api/certificates?issuer=" + CascadeClient.path(core)))
        .containsExactly(c, c + "-A", c + "-B");
    assertThat(ids("api/certificates?issuer=" + CascadeClient.path(core) + "&state=superseded"))
        .containsExactly(c);
    assertThat(
            cascade
                .get("api/enterprises/" + CascadeClient.path(core) + "/exposure")
                .json()
                .getJsonArray("tiers")
                .getValuesAs(JsonValue::asJsonObject))
        .extracting(t -> t.getInt("tier") + " " + t.getJsonObject("amount").getString("amount"))
        .containsExactly("1 200000.00", "2 100000.00");
    assertThat(cascade.get("api/certificates?state=lost").status()).isEqualTo(400);
    assertThat(cascade.get("api/certificates/" + c + "-nope").status()).isEqualTo(404);
  }

  @Test
  void theDemoProgrammeIsLoaded() {
    JsonArray geely = cascade.get("api/certificates?issuer=Geely%20Auto").array();
    assertThat(geely.size()).isGreaterThanOrEqualTo(20);
    assertThat(cascade.get("api/blocks/latest").json().getJsonNumber("height").longValue())
        .isPositive();
  }

  private List<String> ids(String query) {
    return cascade.get(query).array().getValuesAs(JsonValue::asJsonObject).stream()
        .map(o -> o.getString("id"))
        .toList();
  }

  private static BigDecimal amount(JsonObject money) {
    return new BigDecimal(money.getString("amount"));
  }

  /** 250,000 × 3.6% × days / 360, to the cent: the discount of the part financed on {@code day}. */
  private static BigDecimal interest(LocalDate maturity, LocalDate day) {
    return new BigDecimal("250000.00")
        .multiply(new BigDecimal("0.036"))
        .multiply(BigDecimal.valueOf(java.time.temporal.ChronoUnit.DAYS.between(day, maturity)))
        .divide(new BigDecimal("360"), 2, java.math.RoundingMode.HALF_EVEN);
  }
}
