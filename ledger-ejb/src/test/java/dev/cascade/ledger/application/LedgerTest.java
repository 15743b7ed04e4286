package dev.cascade.ledger.application;

import static dev.cascade.ledger.application.LedgerFixture.cny;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.ledger.chain.Block;
import dev.cascade.ledger.chain.ChainVerifier;
import dev.cascade.ledger.chain.InclusionProof;
import dev.cascade.ledger.domain.Money;
import dev.cascade.ledger.domain.certificate.Certificate;
import dev.cascade.ledger.domain.certificate.CertificateState;
import dev.cascade.ledger.domain.certificate.Payout;
import dev.cascade.ledger.transaction.Checked;
import dev.cascade.ledger.transaction.SignedTransaction;
import dev.cascade.ledger.transaction.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The receivable lifecycle through the ledger core, under the example programme: signatures,
 * invariants and contract rules, state, blocks and proofs.
 */
class LedgerTest {

  private static final String GEELY = DemoProgramme.CORE;
  private static final String TIER1 = "Ningbo Castings";
  private static final String TIER2 = "Taizhou Fasteners";
  private static final String TIER3 = "Wenzhou Springs";
  private static final String BANK = DemoProgramme.BANK_OF_NINGBO;
  private static final String OTHER_BANK = DemoProgramme.ICBC;
  private static final LocalDate ISSUED = LocalDate.of(2026, 1, 10);
  private static final LocalDate MATURITY = LocalDate.of(2026, 6, 30);

  private LedgerFixture fixture;

  @BeforeEach
  void openTheLedger() {
    fixture = new LedgerFixture(ISSUED);
    accepted(
        fixture.anchorInvoice("INV-1", "INV-2026-0001", TIER1, GEELY, cny("1,000,000.00"), ISSUED));
  }

  @Test
  void issueToPaymentConservesEveryCentAndKeepsLineage() {
    accepted(submit(GEELY, issue("C1", "INV-1")));
    accepted(submit(TIER1, new Operation.Accept("C1")));
    accepted(submit(TIER1, new Operation.Transfer("C1", TIER2, cny("1,000,000.00"), List.of())));
    accepted(
        submit(
            TIER2,
            new Operation.Split(
                "C1", List.of(cny("600,000.00"), cny("400,000.00")), List.of("C1-1", "C1-2"))));
    accepted(
        submit(
            TIER2,
            new Operation.Transfer("C1-1", TIER3, cny("250,000.00"), List.of("C1-1-1", "C1-1-2"))));
    fixture.on(LocalDate.of(2026, 6, 8));
    Outcome financed =
        submit(
                TIER3,
                new Operation.Finance(
                    "C1-1-1", BANK, new BigDecimal("0.018"), LocalDate.of(2026, 6, 8)))
            .orElseThrow();
    fixture.on(MATURITY);
    Outcome paid = submit(GEELY, new Operation.Pay("C1")).orElseThrow();

    assertThat(financed.actions())
        .extracting(a -> a.render())
        .containsExactly(
            "set operation.interest to CNY 275.00", "set operation.proceeds to CNY 249,725.00");
    assertThat(financed.financing())
        .get()
        .extracting(f -> f.proceeds())
        .isEqualTo(cny("249,725.00"));
    assertThat(paid.payouts())
        .extracting(p -> p.holder() + " " + p.amount())
        .containsExactlyInAnyOrder(
            BANK + " CNY 250,000.00", TIER2 + " CNY 350,000.00", TIER2 + " CNY 400,000.00");
    assertThat(paid.payouts().stream().map(Payout::amount).reduce(Money::plus))
        .contains(cny("1,000,000.00"));
    Certificate atTier3 = certificate("C1-1-1");
    assertThat(atTier3.tier()).isEqualTo(3);
    assertThat(atTier3.rootIssuer()).isEqualTo(GEELY);
    assertThat(atTier3.parentId()).contains("C1-1");
    assertThat(certificate("C1-1").parentId()).contains("C1");
    assertThat(atTier3.programme()).isEqualTo(certificate("C1").programme()).hasSize(64);
  }

  @Test
  void eachBrokenRuleIsRejectedAndChangesNothing() {
    accepted(submit(GEELY, issue("C1", "INV-1")));
    accepted(submit(TIER1, new Operation.Accept("C1")));

    Operation accept = new Operation.Accept("C1");
    Transaction forged =
        new Transaction(accept.event(), TIER1, fixture.next(TIER1), accept.canonical());
    rejected(
        fixture.ledger.submit(
            new SignedTransaction(
                forged,
                LedgerFixture.SETTINGS
                    .scheme()
                    .sign(fixture.keys.get(TIER2).getPrivate(), forged.canonical())),
            0),
        "signatures are valid");
    Operation transfer = new Operation.Transfer("C1", TIER2, cny("1,000,000.00"), List.of());
    SignedTransaction once = fixture.sign(TIER1, transfer);
    accepted(fixture.ledger.submit(once, 0));
    rejected(fixture.ledger.submit(once, 0), "a nonce is used once");
    rejected(
        submit(TIER1, new Operation.Transfer("C1", TIER3, cny("1,000,000.00"), List.of())),
        "only the holder moves a certificate");
    rejected(
        submit(TIER2, new Operation.Transfer("C1", TIER3, cny("1.00"), List.of())),
        "value is conserved through every split and transfer");
    rejected(
        submit(
            TIER2,
            new Operation.Split(
                "C1", List.of(cny("600,000.00"), cny("399,999.99")), List.of("a", "b"))),
        "value is conserved through every split and transfer");
    // the same invoice, anchored again with its number written differently and other file bytes
    accepted(
        fixture.anchorInvoice(
            "INV-1-AGAIN", "inv 2026 0001", TIER1, GEELY, cny("1,000,000.00"), ISSUED));
    rejected(
        submit(GEELY, issue("C2", "INV-1-AGAIN")),
        "an invoice backs at most one issuance or financing");
    accepted(fixture.anchorInvoice("INV-9", "INV-9", TIER1, GEELY, cny("10,000.00"), ISSUED));
    rejected(
        submit(
            GEELY,
            new Operation.Issue(
                "C3", TIER1, cny("10,000.00"), ISSUED, LocalDate.of(2026, 12, 31), "INV-9")),
        "tenor limit");
    assertThat(
            submit(
                    GEELY,
                    new Operation.Issue(
                        "C3", TIER1, cny("10,000.00"), ISSUED, LocalDate.of(2026, 12, 31), "INV-9"))
                .refusal()
                .orElseThrow()
                .values())
        .as("the values that decided it")
        .contains("certificate.maturity = 2026-12-31", "maximum tenor = 180 days");
    accepted(
        fixture.anchorInvoice("INV-BIG", "INV-BIG", TIER1, GEELY, cny("99,500,000.00"), ISSUED));
    rejected(
        submit(
            GEELY,
            new Operation.Issue("C4", TIER1, cny("99,500,000.00"), ISSUED, MATURITY, "INV-BIG")),
        "credit line");
    accepted(submit(TIER2, new Operation.Pledge("C1", BANK)));
    rejected(
        submit(TIER2, new Operation.Pledge("C1", OTHER_BANK)),
        "a pledged or financed part is not pledged or financed again");
    rejected(
        submit(TIER2, new Operation.Finance("C1", OTHER_BANK, new BigDecimal("0.018"), ISSUED)),
        "a pledged or financed part is not pledged or financed again");
    rejected(submit(TIER3, new Operation.Release("C1")), "only the pledgee releases");
    accepted(submit(BANK, new Operation.Release("C1")));
    accepted(submit(TIER2, new Operation.Finance("C1", BANK, new BigDecimal("0.018"), ISSUED)));
    rejected(
        submit(BANK, new Operation.Finance("C1", OTHER_BANK, new BigDecimal("0.018"), ISSUED)),
        "a pledged or financed part is not pledged or financed again");
    fixture.on(MATURITY);
    accepted(submit(GEELY, new Operation.Pay("C1")));
    rejected(
        submit(BANK, new Operation.Transfer("C1", TIER3, cny("1,000,000.00"), List.of())),
        "nothing happens to a settled or cancelled certificate");
  }

  @Test
  void aCertificateMarkedOverdueRunsItsContractsOverdueRulesThatDay() {
    accepted(
        submit(
            DemoProgramme.OPERATOR,
            new Operation.Deploy(
                LedgerFixture.programme()
                    + "\nrule \"overdue reported\"\n  when overdue\n  then notify regulator\n")));
    accepted(submit(GEELY, issue("C1", "INV-1")));
    accepted(submit(TIER1, new Operation.Accept("C1")));

    fixture.on(MATURITY.plusDays(1));

    assertThat(certificate("C1").state()).isEqualTo(CertificateState.OVERDUE);
    assertSomeEntryOfTheChainRecords("C1: mark certificate overdue", "C1: notify regulator");
  }

  @Test
  void anUnpaidCertificateIsMarkedOverdueOnceItsMaturityIsOverAndCanStillBePaid() {
    accepted(submit(GEELY, issue("C1", "INV-1")));
    accepted(submit(TIER1, new Operation.Accept("C1")));
    fixture.on(MATURITY);
    assertThat(certificate("C1").state()).isEqualTo(CertificateState.ACCEPTED);

    fixture.on(MATURITY.plusDays(1));

    assertThat(certificate("C1").state()).isEqualTo(CertificateState.OVERDUE);
    assertSomeEntryOfTheChainRecords("C1: mark certificate overdue");
    accepted(submit(GEELY, new Operation.Pay("C1")));
    assertThat(certificate("C1").state()).isEqualTo(CertificateState.SETTLED);
    fixture.seal();
    assertThat(
            fixture
                .audit()
                .audit(fixture.ledger.storedBlocks(), fixture.ledger.state().entries())
                .sound())
        .isTrue();
  }

  @Test
  void datesAreHeldAgainstTheBlockDay() {
    fixture.on(ISSUED.plusDays(10));
    root = fixture.ledger.stateRoot(); // the days that passed moved the clock
    rejected(
        submit(
            GEELY,
            new Operation.Issue(
                "C1", TIER1, cny("1,000,000.00"), ISSUED, ISSUED.plusDays(5), "INV-1")),
        "dates agree with the block day");
    accepted(submit(GEELY, issue("C1", "INV-1")));
    accepted(submit(TIER1, new Operation.Accept("C1")));
    rejected(
        submit(TIER1, new Operation.Finance("C1", BANK, new BigDecimal("0.018"), ISSUED)),
        "dates agree with the block day");
  }

  @Test
  void aCreditLineMovedToAnotherCurrencyNoLongerCountsInTheOld() {
    Currency yuan = Currency.getInstance("CNY");
    Money before = fixture.ledger.state().creditLine(GEELY, yuan);

    accepted(submit(BANK, new Operation.GrantCredit(GEELY, Money.of("USD", "1,000,000.00"))));

    assertThat(fixture.ledger.state().creditLine(GEELY, yuan))
        .isEqualTo(before.minus(cny("60,000,000.00")));
    assertThat(fixture.ledger.state().creditLine(GEELY, Currency.getInstance("USD")))
        .isEqualTo(Money.of("USD", "1,000,000.00"));
  }

  @Test
  void onlyApprovedEnterprisesActAndOnlyInTheirRoles() {
    java.security.KeyPair stranger =
        LedgerFixture.SETTINGS.scheme().generateKeyPair(new java.security.SecureRandom());
    accepted(
        submit(
            DemoProgramme.OPERATOR,
            new Operation.Register(
                "Shady Trading",
                "91330000SHADY00001",
                List.of(dev.cascade.ledger.domain.enterprise.Role.SUPPLIER),
                stranger.getPublic().getEncoded())));
    rejected(
        submit(GEELY, new Operation.Transfer("C0", "Shady Trading", cny("1.00"), List.of())),
        "the certificate exists");
    rejected(
        submit(
            GEELY,
            new Operation.Issue(
                "C1", "Shady Trading", cny("1,000,000.00"), ISSUED, MATURITY, "INV-1")),
        "parties are registered, approved enterprises");
    rejected(
        submit(TIER1, new Operation.GrantCredit(GEELY, cny("1.00"))),
        "enterprises act in their roles");
    rejected(
        submit(BANK, new Operation.Approve("Shady Trading")),
        "only the operator registers, approves and deploys");
    // whoever signs it, an id that a path or a key cannot carry is refused
    accepted(submit(GEELY, issue("C1", "INV-1")));
    accepted(submit(TIER1, new Operation.Accept("C1")));
    rejected(
        submit(
            TIER1,
            new Operation.Split(
                "C1", List.of(cny("500,000.00"), cny("500,000.00")), List.of("../x", "C1-2"))),
        "identities are well formed");
  }

  @Test
  void theChainVerifiesAndEveryTransactionHasAnOfflineProof() {
    accepted(submit(GEELY, issue("C1", "INV-1")));
    accepted(submit(TIER1, new Operation.Accept("C1")));
    fixture.on(ISSUED.plusDays(1));
    accepted(
        submit(
            TIER1,
            new Operation.Split(
                "C1", List.of(cny("700,000.00"), cny("300,000.00")), List.of("C1-1", "C1-2"))));
    fixture.seal();

    List<Block> chain = fixture.chain();
    assertThat(chain).hasSizeGreaterThan(2);
    assertThat(
            new ChainVerifier(
                    LedgerFixture.SETTINGS.hash(),
                    LedgerFixture.SETTINGS.scheme(),
                    Map.of(LedgerFixture.PRODUCER, fixture.producerKeys.getPublic()))
                .verify(chain)
                .sound())
        .isTrue();
    for (Block block : chain) {
      for (byte[] entry : block.transactions()) {
        InclusionProof proof =
            fixture
                .locate(fixture.ledger.transactionId(entry))
                .flatMap(fixture.ledger::proof)
                .orElseThrow();
        assertThat(proof.height()).isEqualTo(block.height());
        assertThat(InclusionProof.read(proof.write()).verify()).isTrue();
      }
    }
  }

  private byte[] root;

  private void accepted(Checked<Outcome> outcome) {
    assertThat(outcome.refusal()).isEmpty();
    root = fixture.ledger.stateRoot();
  }

  /** Rejected by that rule, and the state root is what it was before. */
  private void rejected(Checked<Outcome> outcome, String rule) {
    assertThat(outcome.refusal())
        .as("rejected by %s", rule)
        .get()
        .satisfies(r -> assertThat(r.rule()).isEqualTo(rule));
    assertThat(fixture.ledger.stateRoot()).as("state after %s", rule).isEqualTo(root);
  }

  /** Some transaction of the chain (a follow-up, say) records all of {@code texts}. */
  private void assertSomeEntryOfTheChainRecords(String... texts) {
    assertThat(fixture.chain().stream().flatMap(b -> b.transactions().stream()))
        .anySatisfy(
            entry ->
                assertThat(new String(entry, java.nio.charset.StandardCharsets.UTF_8))
                    .contains(texts));
  }

  private Checked<Outcome> submit(String signer, Operation operation) {
    return fixture.submit(signer, operation);
  }

  private Certificate certificate(String id) {
    return fixture.ledger.state().certificate(id).orElseThrow();
  }

  private static Operation.Issue issue(String id, String invoice) {
    return new Operation.Issue(id, TIER1, cny("1,000,000.00"), ISSUED, MATURITY, invoice);
  }
}
