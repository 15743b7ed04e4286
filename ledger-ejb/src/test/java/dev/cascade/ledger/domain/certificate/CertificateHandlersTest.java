package dev.cascade.ledger.domain.certificate;

import static dev.cascade.ledger.testsupport.DomainFixture.BANK;
import static dev.cascade.ledger.testsupport.DomainFixture.GEELY;
import static dev.cascade.ledger.testsupport.DomainFixture.MATURITY;
import static dev.cascade.ledger.testsupport.DomainFixture.TIER1;
import static dev.cascade.ledger.testsupport.DomainFixture.TIER2;
import static dev.cascade.ledger.testsupport.DomainFixture.TODAY;
import static dev.cascade.ledger.testsupport.DomainFixture.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cascade.ledger.domain.Change;
import dev.cascade.ledger.domain.Effect;
import dev.cascade.ledger.domain.Identifiers;
import dev.cascade.ledger.domain.InvariantViolation;
import dev.cascade.ledger.domain.document.DocumentHandlers;
import dev.cascade.ledger.domain.enterprise.Parties;
import dev.cascade.ledger.testsupport.DomainFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateHandlersTest {

  private final DomainFixture ledger = DomainFixture.programme();
  private final CertificateHandlers handlers = ledger.certificateHandlers;

  @Test
  void anIssueUsesItsInvoiceAndCountsAgainstTheCoreEnterprisesCredit() {
    ledger.invoice("INV-1", TIER1, GEELY, cny("1,000,000.00"));

    Effect issued =
        handlers.issue(GEELY, TODAY, "C1", TIER1, "INV-1", cny("900,000.00"), TODAY, MATURITY);

    assertThat(issued.certificates()).extracting(Certificate::id).containsExactly("C1");
    assertThat(issued.certificates().get(0).programme()).isEqualTo("contract-1");
    assertThat(issued.changes())
        .contains(new Change.OutstandingChanged(GEELY, cny("900,000.00")))
        .anyMatch(Change.InvoiceUsed.class::isInstance);
  }

  @Test
  void anInvoiceBacksOneIssuanceOnly() {
    ledger.accepted("C1", cny("100.00"));

    assertThatThrownBy(
            () ->
                handlers.issue(GEELY, TODAY, "C2", TIER1, "INV-C1", cny("100.00"), TODAY, MATURITY))
        .isInstanceOf(InvariantViolation.class)
        .extracting(e -> ((InvariantViolation) e).rule())
        .isEqualTo(CertificateHandlers.INVOICE_ONCE);
  }

  @Test
  void anIssueAgainstAnotherSuppliersInvoiceIsRefused() {
    ledger.invoice("INV-2", TIER2, GEELY, cny("100.00"));

    assertThatThrownBy(
            () ->
                handlers.issue(GEELY, TODAY, "C2", TIER1, "INV-2", cny("100.00"), TODAY, MATURITY))
        .hasMessage(
            "invoice INV-INV-2 is from "
                + TIER2
                + " to "
                + GEELY
                + ", not from "
                + TIER1
                + " to "
                + GEELY)
        .extracting(e -> ((InvariantViolation) e).rule())
        .isEqualTo(DocumentHandlers.ANCHORED);
  }

  @Test
  void anIssueDatedAfterTheBlockDayOrMaturingByItIsRefused() {
    ledger.invoice("INV-3", TIER1, GEELY, cny("100.00"));

    assertThatThrownBy(
            () ->
                handlers.issue(
                    GEELY, TODAY, "C3", TIER1, "INV-3", cny("100.00"), TODAY.plusDays(1), MATURITY))
        .hasMessageContaining("is after today")
        .extracting(e -> ((InvariantViolation) e).rule())
        .isEqualTo(CertificateHandlers.DATED);
    assertThatThrownBy(
            () ->
                handlers.issue(
                    GEELY, TODAY, "C3", TIER1, "INV-3", cny("100.00"), TODAY.minusDays(9), TODAY))
        .hasMessageContaining("is not after today");
  }

  @Test
  void onlyACoreEnterpriseIssues() {
    ledger.invoice("INV-4", TIER1, TIER2, cny("100.00"));

    assertThatThrownBy(
            () ->
                handlers.issue(TIER2, TODAY, "C4", TIER1, "INV-4", cny("100.00"), TODAY, MATURITY))
        .hasMessage(TIER2 + " is not a core, which issues certificates")
        .extracting(e -> ((InvariantViolation) e).rule())
        .isEqualTo(Parties.ROLE);
  }

  @Test
  void cancellingGivesTheAmountBackToTheCoreEnterprisesCredit() {
    ledger.invoice("INV-5", TIER1, GEELY, cny("250.00"));
    ledger.apply(
        handlers
            .issue(GEELY, TODAY, "C5", TIER1, "INV-5", cny("250.00"), TODAY, MATURITY)
            .changes());

    Effect cancelled = handlers.cancel(GEELY, "C5");

    assertThat(cancelled.certificates().get(0).state()).isEqualTo(CertificateState.CANCELLED);
    assertThat(cancelled.changes()).contains(new Change.OutstandingChanged(GEELY, cny("0.00")));
  }

  @Test
  void aPaymentSettlesEveryOpenPartDescendingFromTheCertificateWhoeverHoldsIt() {
    ledger.accepted("C6", cny("1,000.00"));
    ledger.apply(
        handlers.transfer(TIER1, "C6", TIER2, cny("400.00"), List.of("C6-1", "C6-2")).changes());
    ledger.apply(
        handlers.finance(TIER2, TODAY, "C6-1", BANK, TODAY).changes()); // the bank holds C6-1

    Effect paid = handlers.pay(GEELY, "C6");

    assertThat(paid.payouts())
        .extracting(p -> p.certificateId() + " " + p.holder() + " " + p.amount())
        .containsExactly("C6-1 " + BANK + " CNY 400.00", "C6-2 " + TIER1 + " CNY 600.00");
    assertThat(paid.certificates()).allMatch(c -> c.state() == CertificateState.SETTLED).hasSize(2);
    assertThat(paid.changes()).contains(new Change.OutstandingChanged(GEELY, cny("0.00")));
    ledger.apply(paid.changes());
    assertThatThrownBy(() -> handlers.pay(GEELY, "C6"))
        .hasMessage("C6 has no open part left to pay");
  }

  @Test
  void onlyTheIssuerPays() {
    ledger.accepted("C7", cny("10.00"));

    assertThatThrownBy(() -> handlers.pay(BANK, "C7"))
        .extracting(e -> ((InvariantViolation) e).rule())
        .isEqualTo(CertificateHandlers.CORE_PAYS);
  }

  @Test
  void aFinancingIsDatedTheBlockDayOrTheDayBeforeAndOnlyByABank() {
    ledger.accepted("C8", cny("10.00"));

    assertThat(handlers.finance(TIER1, TODAY, "C8", BANK, TODAY.minusDays(1)).certificates())
        .extracting(Certificate::holder)
        .containsExactly(BANK);
    assertThatThrownBy(() -> handlers.finance(TIER1, TODAY, "C8", BANK, TODAY.minusDays(2)))
        .extracting(e -> ((InvariantViolation) e).rule())
        .isEqualTo(CertificateHandlers.DATED);
    assertThatThrownBy(() -> handlers.finance(TIER1, TODAY, "C8", TIER2, TODAY))
        .hasMessage(TIER2 + " is not a bank, which finances certificates");
  }

  @Test
  void newPartsNeedFreshDistinctIds() {
    ledger.accepted("C9", cny("10.00"));
    ledger.accepted("C10", cny("10.00"));

    assertThatThrownBy(
            () -> handlers.split(TIER1, "C9", List.of(cny("5.00"), cny("5.00")), List.of("P", "P")))
        .hasMessage("the new ids [P, P] repeat one another")
        .extracting(e -> ((InvariantViolation) e).rule())
        .isEqualTo(Identifiers.UNIQUE);
    assertThatThrownBy(
            () ->
                handlers.split(TIER1, "C9", List.of(cny("5.00"), cny("5.00")), List.of("P", "C10")))
        .hasMessage("C10 exists already");
    assertThatThrownBy(
            () ->
                handlers.split(
                    TIER1, "C9", List.of(cny("5.00"), cny("5.00")), List.of("P", "bad id")))
        .extracting(e -> ((InvariantViolation) e).rule())
        .isEqualTo(Identifiers.WELL_FORMED);
  }

  @Test
  void aTransferGoesOnlyToARegisteredApprovedEnterprise() {
    ledger.accepted("C11", cny("10.00"));

    assertThatThrownBy(() -> handlers.transfer(TIER1, "C11", "Nobody Ltd", cny("10.00"), List.of()))
        .extracting(e -> ((InvariantViolation) e).rule())
        .isEqualTo(Parties.REGISTERED);
  }

  @Test
  void aTransferToTheHolderItselfOrASplitWithoutIdsForEachPartIsRefusedByItsRule() {
    ledger.accepted("C12", cny("10.00"));

    assertThatThrownBy(() -> handlers.transfer(TIER1, "C12", TIER1, cny("10.00"), List.of()))
        .hasMessage(TIER1 + " already holds C12")
        .extracting(e -> ((InvariantViolation) e).rule())
        .isEqualTo(Certificate.ONWARDS);
    assertThatThrownBy(
            () -> handlers.split(TIER1, "C12", List.of(cny("5.00"), cny("5.00")), List.of("P")))
        .hasMessage("a split makes two or more parts, each with a new id: 2 parts and 1 ids given")
        .isInstanceOf(InvariantViolation.class);
  }

  @Test
  void anOperationOnACertificateThatDoesNotExistSaysSo() {
    assertThatThrownBy(() -> handlers.accept(TIER1, "C404"))
        .hasMessage("there is no certificate C404")
        .extracting(e -> ((InvariantViolation) e).rule())
        .isEqualTo(CertificateHandlers.EXISTS);
  }
}
