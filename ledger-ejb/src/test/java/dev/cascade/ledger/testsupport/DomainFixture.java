package dev.cascade.ledger.testsupport;

import dev.cascade.ledger.crypto.HashAlgorithm;
import dev.cascade.ledger.domain.Change;
import dev.cascade.ledger.domain.Money;
import dev.cascade.ledger.domain.certificate.Certificate;
import dev.cascade.ledger.domain.certificate.CertificateHandlers;
import dev.cascade.ledger.domain.certificate.Certificates;
import dev.cascade.ledger.domain.credit.CreditBook;
import dev.cascade.ledger.domain.credit.CreditHandlers;
import dev.cascade.ledger.domain.credit.CreditLine;
import dev.cascade.ledger.domain.document.DocumentHandlers;
import dev.cascade.ledger.domain.document.Documents;
import dev.cascade.ledger.domain.document.TradeDocument;
import dev.cascade.ledger.domain.enterprise.Enterprise;
import dev.cascade.ledger.domain.enterprise.EnterpriseHandlers;
import dev.cascade.ledger.domain.enterprise.Enterprises;
import dev.cascade.ledger.domain.enterprise.Role;
import dev.cascade.ledger.domain.programme.Contracts;
import dev.cascade.ledger.domain.programme.ProgrammeHandlers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A world state for the domain's handlers, in plain maps: it implements their ports and applies the
 * changes they return, so a test drives the rules without the ledger around them. A programme with
 * founder, core enterprise, two suppliers and a bank is set up through the handlers themselves.
 */
public final class DomainFixture
    implements Certificates, Enterprises, Documents, CreditBook, Contracts {

  public static final String OPERATOR = "Cascade Operator";
  public static final String GEELY = "Geely Auto";
  public static final String TIER1 = "Ningbo Castings";
  public static final String TIER2 = "Taizhou Fasteners";
  public static final String BANK = "Bank of Ningbo";
  public static final LocalDate TODAY = LocalDate.of(2026, 1, 10);
  public static final LocalDate MATURITY = LocalDate.of(2026, 6, 30);

  private final Map<String, Enterprise> enterprises = new HashMap<>();
  private final Map<String, TradeDocument> documents = new HashMap<>();
  private final Map<String, String> invoices = new HashMap<>();
  private final Map<String, Certificate> certificates = new TreeMap<>();
  private final Map<String, CreditLine> lines = new HashMap<>();
  private final Map<String, Money> creditTotals = new HashMap<>();
  private final Map<String, Money> outstanding = new HashMap<>();
  private final Map<String, String> contracts = new HashMap<>();
  private Optional<String> current = Optional.empty();
  private boolean founded;

  public final EnterpriseHandlers enterpriseHandlers = new EnterpriseHandlers(this);
  public final DocumentHandlers documentHandlers =
      new DocumentHandlers(this, this, HashAlgorithm.SM3);
  public final CreditHandlers creditHandlers = new CreditHandlers(this, this);
  public final ProgrammeHandlers programmeHandlers =
      new ProgrammeHandlers(this, source -> source.isBlank() ? List.of("empty") : List.of());
  public final CertificateHandlers certificateHandlers =
      new CertificateHandlers(this, this, this, this, this);

  /** A founded programme: the operator, Geely with a credit line, two suppliers and a bank. */
  public static DomainFixture programme() {
    DomainFixture fixture = new DomainFixture();
    fixture.apply(
        fixture.enterpriseHandlers.register(
            OPERATOR, OPERATOR, "OPERATOR-TAX", List.of(Role.OPERATOR), new byte[] {1}));
    fixture.join(GEELY, Role.CORE);
    fixture.join(TIER1, Role.SUPPLIER);
    fixture.join(TIER2, Role.SUPPLIER);
    fixture.join(BANK, Role.BANK);
    fixture.apply(fixture.programmeHandlers.deploy(OPERATOR, "contract-1", "rule"));
    fixture.apply(fixture.creditHandlers.grant(BANK, GEELY, cny("60,000,000.00")));
    return fixture;
  }

  private void join(String name, Role role) {
    apply(
        enterpriseHandlers.register(OPERATOR, name, name + "-TAX", List.of(role), new byte[] {2}));
    apply(enterpriseHandlers.approve(OPERATOR, name));
  }

  public static Money cny(String amount) {
    return Money.of("CNY", amount);
  }

  /** Anchors an invoice from {@code seller} to {@code buyer}, as the seller. */
  public TradeDocument invoice(String id, String seller, String buyer, Money amount) {
    List<Change> changes =
        documentHandlers.anchor(
            seller,
            new TradeDocument(
                id,
                TradeDocument.Kind.INVOICE,
                "INV-" + id,
                seller,
                seller + "-TAX",
                buyer,
                amount,
                TODAY.minusDays(2),
                "ab".repeat(32),
                ""));
    apply(changes);
    return documents.get(id);
  }

  /** Issues {@code id} from Geely to Ningbo Castings against a fresh invoice, and accepts it. */
  public Certificate accepted(String id, Money amount) {
    invoice("INV-" + id, TIER1, GEELY, amount);
    apply(
        certificateHandlers
            .issue(GEELY, TODAY, id, TIER1, "INV-" + id, amount, TODAY, MATURITY)
            .changes());
    apply(certificateHandlers.accept(TIER1, id).changes());
    return certificates.get(id);
  }

  public void apply(List<Change> changes) {
    changes.forEach(change -> change.dispatch(applier));
  }

  public Money outstanding(String core) {
    return creditUsed(core, Currency.getInstance("CNY"));
  }

  @Override
  public Optional<Certificate> certificate(String id) {
    return Optional.ofNullable(certificates.get(id));
  }

  @Override
  public List<Certificate> certificates() {
    return new ArrayList<>(certificates.values());
  }

  @Override
  public Optional<Enterprise> enterprise(String name) {
    return Optional.ofNullable(enterprises.get(name));
  }

  @Override
  public boolean founded() {
    return founded;
  }

  @Override
  public Optional<TradeDocument> document(String id) {
    return Optional.ofNullable(documents.get(id));
  }

  @Override
  public boolean invoiceUsed(String fingerprint) {
    return invoices.containsKey(fingerprint);
  }

  @Override
  public Optional<CreditLine> creditLine(String core, String bank) {
    return Optional.ofNullable(lines.get(core + "/" + bank));
  }

  @Override
  public Money creditLine(String core, Currency currency) {
    return creditTotals.getOrDefault(core + "/" + currency, Money.zero(currency));
  }

  @Override
  public Money creditUsed(String core, Currency currency) {
    return outstanding.getOrDefault(core + "/" + currency, Money.zero(currency));
  }

  @Override
  public Optional<String> source(String contractId) {
    return Optional.ofNullable(contracts.get(contractId));
  }

  @Override
  public Optional<String> current() {
    return current;
  }

  private final Change.Visitor<Void> applier =
      new Change.Visitor<>() {
        @Override
        public Void enterprise(Change.EnterpriseChanged change) {
          enterprises.put(change.enterprise().name(), change.enterprise());
          return null;
        }

        @Override
        public Void founded(Change.LedgerFounded change) {
          founded = true;
          return null;
        }

        @Override
        public Void document(Change.DocumentAnchored change) {
          documents.put(change.document().id(), change.document());
          return null;
        }

        @Override
        public Void invoiceUsed(Change.InvoiceUsed change) {
          invoices.put(change.fingerprint(), change.documentId());
          return null;
        }

        @Override
        public Void creditLine(Change.CreditLineSet change) {
          lines.put(change.line().core() + "/" + change.line().bank(), change.line());
          return null;
        }

        @Override
        public Void creditTotal(Change.CreditTotalChanged change) {
          creditTotals.put(change.core() + "/" + change.total().currency(), change.total());
          return null;
        }

        @Override
        public Void contract(Change.ContractDeployed change) {
          contracts.put(change.contractId(), change.source());
          return null;
        }

        @Override
        public Void programme(Change.ProgrammeChosen change) {
          current = Optional.of(change.contractId());
          return null;
        }

        @Override
        public Void certificate(Change.CertificateChanged change) {
          certificates.put(change.certificate().id(), change.certificate());
          return null;
        }

        @Override
        public Void outstanding(Change.OutstandingChanged change) {
          outstanding.put(change.core() + "/" + change.total().currency(), change.total());
          return null;
        }

        @Override
        public Void financing(Change.FinancingRecorded change) {
          return null;
        }

        @Override
        public Void nonce(Change.NonceAdvanced change) {
          return null;
        }

        @Override
        public Void clock(Change.ClockAdvanced change) {
          return null;
        }
      };
}
