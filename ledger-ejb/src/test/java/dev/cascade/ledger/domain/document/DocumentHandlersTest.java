package dev.cascade.ledger.domain.document;

import static dev.cascade.ledger.testsupport.DomainFixture.BANK;
import static dev.cascade.ledger.testsupport.DomainFixture.GEELY;
import static dev.cascade.ledger.testsupport.DomainFixture.TIER1;
import static dev.cascade.ledger.testsupport.DomainFixture.TODAY;
import static dev.cascade.ledger.testsupport.DomainFixture.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cascade.ledger.crypto.HashAlgorithm;
import dev.cascade.ledger.domain.Change;
import dev.cascade.ledger.domain.Identifiers;
import dev.cascade.ledger.domain.InvariantViolation;
import dev.cascade.ledger.domain.enterprise.Parties;
import dev.cascade.ledger.testsupport.DomainFixture;
import org.junit.jupiter.api.Test;

class DocumentHandlersTest {

  private final DomainFixture ledger = DomainFixture.programme();

  private static TradeDocument invoice(String id, String sellerTaxId, String fingerprint) {
    return new TradeDocument(
        id,
        TradeDocument.Kind.INVOICE,
        "INV-7",
        TIER1,
        sellerTaxId,
        GEELY,
        cny("500.00"),
        TODAY,
        "cd".repeat(32),
        fingerprint);
  }

  @Test
  void anInvoiceIsKnownByTheFingerprintWorkedOutHereNotTheOneStated() {
    Change.DocumentAnchored anchored =
        (Change.DocumentAnchored)
            ledger.documentHandlers.anchor(TIER1, invoice("D1", TIER1 + "-TAX", "forged")).get(0);

    assertThat(anchored.document().fingerprint())
        .isEqualTo(
            InvoiceFingerprint.of(HashAlgorithm.SM3, TIER1 + "-TAX", "INV-7", cny("500.00"), TODAY)
                .hex());
  }

  @Test
  void theSellersTaxIdMustBeTheOneOnTheLedger() {
    assertThatThrownBy(() -> ledger.documentHandlers.anchor(TIER1, invoice("D2", "OTHER-TAX", "")))
        .hasMessage("the seller's tax id is " + TIER1 + "-TAX on the ledger, not OTHER-TAX")
        .extracting(e -> ((InvariantViolation) e).rule())
        .isEqualTo(DocumentHandlers.ANCHORED);
  }

  @Test
  void onlyTheSellerOrTheBuyerAnchorsItAndOnlyOnce() {
    assertThatThrownBy(
            () -> ledger.documentHandlers.anchor(BANK, invoice("D3", TIER1 + "-TAX", "")))
        .extracting(e -> ((InvariantViolation) e).rule())
        .isEqualTo(Parties.ROLE);
    ledger.apply(ledger.documentHandlers.anchor(GEELY, invoice("D3", TIER1 + "-TAX", "")));
    assertThatThrownBy(
            () -> ledger.documentHandlers.anchor(TIER1, invoice("D3", TIER1 + "-TAX", "")))
        .hasMessage("document D3 is anchored already")
        .extracting(e -> ((InvariantViolation) e).rule())
        .isEqualTo(Identifiers.UNIQUE);
  }
}
