package dev.cascade.ledger.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.contract.runtime.AutomaticAction;
import dev.cascade.contract.runtime.EntityKind;
import dev.cascade.contract.runtime.Value;
import dev.cascade.ledger.chain.Block;
import dev.cascade.ledger.chain.Blocks;
import dev.cascade.ledger.chain.ChainVerifier;
import dev.cascade.ledger.chain.MerkleTree;
import dev.cascade.ledger.crypto.HashAlgorithm;
import dev.cascade.ledger.crypto.SignatureScheme;
import dev.cascade.ledger.domain.Certificate;
import dev.cascade.ledger.domain.InvoiceFingerprint;
import dev.cascade.ledger.domain.Money;
import dev.cascade.ledger.transaction.Authenticator;
import dev.cascade.ledger.transaction.SignedTransaction;
import dev.cascade.ledger.transaction.Transaction;
import dev.cascade.ledger.validation.ContractViews;
import dev.cascade.ledger.validation.ProgrammeRules;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The receivable lifecycle through the ledger core, under the example programme: signatures,
 * invariants and contract rules, state, blocks and proofs.
 */
class LedgerTest {

  private static final HashAlgorithm HASH = HashAlgorithm.SM3;
  private static final SignatureScheme SCHEME = SignatureScheme.SM2;
  private static final String GEELY = "Geely Auto";
  private static final String TIER1 = "Ningbo Castings";
  private static final String TIER2 = "Taizhou Fasteners";
  private static final String TIER3 = "Wenzhou Springs";
  private static final String BANK = "Bank of Ningbo";
  private static final LocalDate ISSUED = LocalDate.of(2026, 1, 10);
  private static final LocalDate MATURITY = LocalDate.of(2026, 6, 30);

  private final Map<String, KeyPair> keys = new HashMap<>();
  private final Map<String, Long> nonces = new HashMap<>();
  private Ledger ledger;
  private KeyPair producerKeys;

  @BeforeEach
  void openTheLedger() throws Exception {
    SecureRandom random = new SecureRandom();
    for (String party : List.of(GEELY, TIER1, TIER2, TIER3, BANK)) {
      keys.put(party, SCHEME.generateKeyPair(random));
    }
    producerKeys = SCHEME.generateKeyPair(random);
    Path programme = Path.of("../contract-dsl/examples/programme.rcl");
    Map<String, Value.Entity> parties =
        Map.of(
            GEELY,
            new Value.Entity(
                EntityKind.PARTY,
                Map.of(
                    "name", new Value.Text(GEELY),
                    "credit line", ContractViews.money(cny("90,000,000.00")),
                    "credit used", ContractViews.money(cny("41,000,000.00")))));
    ledger =
        new Ledger(
            HASH,
            new Authenticator(
                SCHEME, name -> Optional.ofNullable(keys.get(name)).map(KeyPair::getPublic)),
            ProgrammeRules.compile(programme.toString(), Files.readString(programme)),
            new Blocks(HASH, SCHEME, "node1", producerKeys.getPrivate()),
            parties);
  }

  @Test
  void issueToPaymentConservesEveryCentAndKeepsLineage() {
    assertThat(submit(GEELY, issue("C1", "INV-2026-0001"), ISSUED).accepted()).isTrue();
    assertThat(submit(TIER1, new Operation.Accept("C1"), ISSUED).accepted()).isTrue();
    assertThat(
            submit(
                    TIER1,
                    new Operation.Transfer("C1", TIER2, cny("1,000,000.00"), List.of()),
                    ISSUED)
                .accepted())
        .isTrue();
    assertThat(
            submit(
                    TIER2,
                    new Operation.Split(
                        "C1",
                        List.of(cny("600,000.00"), cny("400,000.00")),
                        List.of("C1-1", "C1-2")),
                    ISSUED)
                .accepted())
        .isTrue();
    assertThat(
            submit(
                    TIER2,
                    new Operation.Transfer(
                        "C1-1", TIER3, cny("250,000.00"), List.of("C1-1-1", "C1-1-2")),
                    ISSUED)
                .accepted())
        .isTrue();
    Outcome financed =
        submit(
            TIER3,
            new Operation.Finance(
                "C1-1-1", BANK, new BigDecimal("0.018"), LocalDate.of(2026, 6, 8)),
            LocalDate.of(2026, 6, 8));
    Outcome paid = submit(GEELY, new Operation.Pay("C1"), MATURITY);

    assertThat(financed.actions())
        .extracting(AutomaticAction::render)
        .containsExactly(
            "set operation.interest to CNY 275.00", "set operation.proceeds to CNY 249,725.00");
    assertThat(paid.payouts())
        .extracting(p -> p.holder() + " " + p.amount())
        .containsExactlyInAnyOrder(
            BANK + " CNY 250,000.00", TIER2 + " CNY 350,000.00", TIER2 + " CNY 400,000.00");
    assertThat(paid.payouts().stream().map(Outcome.Payout::amount).reduce(Money::plus))
        .contains(cny("1,000,000.00"));
    Certificate atTier3 = ledger.certificate("C1-1-1").orElseThrow();
    assertThat(atTier3.tier()).isEqualTo(3);
    assertThat(atTier3.rootIssuer()).isEqualTo(GEELY);
    assertThat(atTier3.parentId()).contains("C1-1");
    assertThat(ledger.certificate("C1-1").orElseThrow().parentId()).contains("C1");
  }

  @Test
  void eachBrokenRuleIsRejectedAndChangesNothing() {
    accepted(submit(GEELY, issue("C1", "INV-2026-0001"), ISSUED));
    accepted(submit(TIER1, new Operation.Accept("C1"), ISSUED));

    // a forged signature
    Operation accept = new Operation.Accept("C1");
    Transaction forged = new Transaction(accept.event(), TIER1, next(TIER1), accept.canonical());
    rejected(
        ledger.submit(
            new SignedTransaction(
                forged, SCHEME.sign(keys.get(TIER2).getPrivate(), forged.canonical())),
            accept,
            ISSUED),
        "signatures are valid");
    // a replayed nonce
    Operation transfer = new Operation.Transfer("C1", TIER2, cny("1,000,000.00"), List.of());
    SignedTransaction once = sign(TIER1, transfer);
    accepted(ledger.submit(once, transfer, ISSUED));
    rejected(ledger.submit(once, transfer, ISSUED), "a nonce is used once");
    // a transfer by a non-holder
    rejected(
        submit(TIER1, new Operation.Transfer("C1", TIER3, cny("1,000,000.00"), List.of()), ISSUED),
        "only the holder moves a certificate");
    // a split that loses a cent
    rejected(
        submit(
            TIER2,
            new Operation.Split(
                "C1", List.of(cny("600,000.00"), cny("399,999.99")), List.of("a", "b")),
            ISSUED),
        "value is conserved through every split and transfer");
    // one invoice behind two issuances, even re-encoded
    rejected(
        submit(GEELY, issue("C2", "inv 2026 0001"), ISSUED),
        "an invoice backs at most one issuance or financing");
    // a contract rule: tenor
    rejected(
        submit(
            GEELY,
            new Operation.Issue(
                "C3",
                TIER1,
                cny("10,000.00"),
                ISSUED,
                LocalDate.of(2026, 12, 31),
                fingerprint("INV-9")),
            ISSUED),
        "tenor limit");
    // a double pledge, and financing what is pledged; released, it can be pledged again
    accepted(submit(TIER2, new Operation.Pledge("C1", BANK), ISSUED));
    rejected(
        submit(TIER2, new Operation.Pledge("C1", "Other Bank"), ISSUED),
        "a pledged or financed part is not pledged or financed again");
    rejected(
        submit(
            TIER2,
            new Operation.Finance(
                "C1", "Other Bank", new BigDecimal("0.018"), LocalDate.of(2026, 6, 8)),
            LocalDate.of(2026, 6, 8)),
        "a pledged or financed part is not pledged or financed again");
    rejected(submit(TIER3, new Operation.Release("C1"), ISSUED), "only the pledgee releases");
    accepted(submit(BANK, new Operation.Release("C1"), ISSUED));
    // double financing
    accepted(
        submit(
            TIER2,
            new Operation.Finance("C1", BANK, new BigDecimal("0.018"), LocalDate.of(2026, 6, 8)),
            LocalDate.of(2026, 6, 8)));
    rejected(
        submit(
            BANK,
            new Operation.Finance(
                "C1", "Other Bank", new BigDecimal("0.018"), LocalDate.of(2026, 6, 9)),
            LocalDate.of(2026, 6, 9)),
        "a pledged or financed part is not pledged or financed again");
    // an operation on a settled certificate
    accepted(submit(GEELY, new Operation.Pay("C1"), MATURITY));
    rejected(
        submit(BANK, new Operation.Transfer("C1", TIER3, cny("1,000,000.00"), List.of()), MATURITY),
        "nothing happens to a settled or cancelled certificate");
  }

  private byte[] root;

  private void accepted(Outcome outcome) {
    assertThat(outcome.rejection()).isEmpty();
    root = ledger.seal(System.currentTimeMillis()).stateRoot();
  }

  /** Rejected by that rule, and the state root is what it was before. */
  private void rejected(Outcome outcome, String rule) {
    assertThat(outcome.rejection())
        .as("rejected by %s", rule)
        .get()
        .satisfies(r -> assertThat(r.rule()).isEqualTo(rule));
    assertThat(ledger.seal(System.currentTimeMillis()).stateRoot())
        .as("state after %s", rule)
        .isEqualTo(root);
  }

  @Test
  void theChainVerifiesAndEveryTransactionHasAnOfflineProof() {
    submit(GEELY, issue("C1", "INV-2026-0001"), ISSUED);
    submit(TIER1, new Operation.Accept("C1"), ISSUED);
    Block first = ledger.seal(1_767_225_600_000L);
    submit(
        TIER1,
        new Operation.Split(
            "C1", List.of(cny("700,000.00"), cny("300,000.00")), List.of("C1-1", "C1-2")),
        ISSUED);
    ledger.seal(1_767_225_601_000L);

    assertThat(
            new ChainVerifier(HASH, SCHEME, Map.of("node1", producerKeys.getPublic()))
                .verify(ledger.chain())
                .sound())
        .isTrue();
    MerkleTree tree = new MerkleTree(HASH, first.transactions());
    for (int i = 0; i < first.transactions().size(); i++) {
      assertThat(
              MerkleTree.verify(
                  HASH,
                  first.transactions().get(i),
                  i,
                  first.transactions().size(),
                  tree.proof(i),
                  first.transactionsRoot()))
          .isTrue();
    }
  }

  private byte[] rootAfterSealing() {
    return ledger.seal(System.currentTimeMillis()).stateRoot();
  }

  private static void assertRejected(Outcome outcome, String rule) {
    assertThat(outcome.rejection())
        .as("rejected by %s", rule)
        .get()
        .satisfies(r -> assertThat(r.rule()).isEqualTo(rule));
  }

  private Operation.Issue issue(String id, String invoice) {
    return new Operation.Issue(
        id, TIER1, cny("1,000,000.00"), ISSUED, MATURITY, fingerprint(invoice));
  }

  private static String fingerprint(String invoice) {
    return InvoiceFingerprint.of(HASH, "91330200MA2H12345X", invoice, cny("1,000,000.00"), ISSUED)
        .hex();
  }

  private Outcome submit(String signer, Operation operation, LocalDate today) {
    return ledger.submit(sign(signer, operation), operation, today);
  }

  private SignedTransaction sign(String signer, Operation operation) {
    Transaction transaction =
        new Transaction(operation.event(), signer, next(signer), operation.canonical());
    return new SignedTransaction(
        transaction, SCHEME.sign(keys.get(signer).getPrivate(), transaction.canonical()));
  }

  private long next(String signer) {
    return nonces.merge(signer, 1L, Long::sum);
  }

  private static Money cny(String amount) {
    return Money.of("CNY", amount);
  }
}
