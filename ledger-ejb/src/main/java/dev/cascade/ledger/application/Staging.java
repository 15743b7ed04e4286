package dev.cascade.ledger.application;

import dev.cascade.contract.compile.ContractId;
import dev.cascade.ledger.crypto.HashAlgorithm;
import dev.cascade.ledger.domain.Certificate;
import dev.cascade.ledger.domain.CreditLine;
import dev.cascade.ledger.domain.Enterprise;
import dev.cascade.ledger.domain.InvariantViolation;
import dev.cascade.ledger.domain.InvoiceFingerprint;
import dev.cascade.ledger.domain.Money;
import dev.cascade.ledger.domain.Role;
import dev.cascade.ledger.domain.TradeDocument;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Works out what an operation does to the world state, enforcing the invariants no contract can
 * switch off. It reads the state and writes nothing; the same state and operation give the same
 * result on every node, which is also how a chain is replayed.
 */
final class Staging implements Operation.Visitor<Staged> {

  static final String UNIQUE = "identities are unique";
  static final String OPERATOR = "only the operator registers, approves and deploys";
  static final String REGISTERED = "parties are registered, approved enterprises";
  static final String ROLE = "enterprises act in their roles";
  static final String ANCHORED = "certificates are issued against an anchored invoice";
  static final String INVOICE_ONCE = "an invoice backs at most one issuance or financing";
  static final String PROGRAMME = "a programme contract is deployed";
  static final String WELL_FORMED = "identities are well formed";

  private static final java.util.regex.Pattern ID =
      java.util.regex.Pattern.compile(dev.cascade.ledger.domain.Identifiers.ID);
  private static final java.util.regex.Pattern NAME =
      java.util.regex.Pattern.compile(dev.cascade.ledger.domain.Identifiers.NAME);

  private final WorldState state;
  private final HashAlgorithm hash;
  private final String signer;

  /** Stages operations that {@code signer} signed. */
  Staging(WorldState state, HashAlgorithm hash, String signer) {
    this.state = state;
    this.hash = hash;
    this.signer = signer;
  }

  Staged stage(Operation operation) {
    return operation.dispatch(this);
  }

  @Override
  public Staged approve(Operation.Approve approve) {
    operator(signer);
    Enterprise enterprise =
        state
            .enterprise(approve.name())
            .orElseThrow(
                () -> new InvariantViolation(REGISTERED, approve.name() + " is not registered"));
    return Staged.writes(
        Map.of(Keys.ENTERPRISE + approve.name(), StateCodec.enterprise(enterprise.approve())));
  }

  @Override
  public Staged accept(Operation.Accept accept) {
    Certificate current = current(accept);
    return Staged.certificates(current, List.of(current.accept(signer)));
  }

  @Override
  public Staged cancel(Operation.Cancel cancel) {
    Certificate current = current(cancel);
    Certificate cancelled = current.cancel(signer);
    return new Staged(
        Optional.of(current),
        List.of(cancelled),
        new java.util.TreeMap<>(
            Map.of(
                Keys.outstanding(current.rootIssuer(), current.amount().currency()),
                outstanding(current.rootIssuer(), zero(current).minus(current.amount())))),
        List.of());
  }

  @Override
  public Staged transfer(Operation.Transfer transfer) {
    Certificate current = current(transfer);
    registered(transfer.to());
    unused(transfer.newIds());
    return Staged.certificates(
        current, current.transfer(signer, transfer.to(), transfer.amount(), transfer.newIds()));
  }

  @Override
  public Staged split(Operation.Split split) {
    Certificate current = current(split);
    unused(split.newIds());
    return Staged.certificates(current, current.split(signer, split.parts(), split.newIds()));
  }

  @Override
  public Staged finance(Operation.Finance finance) {
    Certificate current = current(finance);
    acting(finance.bank(), Role.BANK, "finances certificates");
    return Staged.certificates(current, List.of(current.finance(signer, finance.bank())));
  }

  @Override
  public Staged pledge(Operation.Pledge pledge) {
    Certificate current = current(pledge);
    registered(pledge.pledgee());
    return Staged.certificates(current, List.of(current.pledge(signer, pledge.pledgee())));
  }

  @Override
  public Staged release(Operation.Release release) {
    Certificate current = current(release);
    return Staged.certificates(current, List.of(current.release(signer)));
  }

  @Override
  public Staged pay(Operation.Pay pay) {
    return settle(current(pay));
  }

  @Override
  public Staged credit(Operation.GrantCredit grant) {
    acting(signer, Role.BANK, "grants credit lines");
    acting(grant.core(), Role.CORE, "receives credit lines");
    Money zero = grant.limit().minus(grant.limit());
    Map<String, byte[]> writes = new java.util.HashMap<>();
    Money total = state.creditLine(grant.core(), zero).plus(grant.limit());
    Optional<CreditLine> before = state.creditLine(grant.core(), signer);
    if (before.isPresent()) {
      Money old = before.get().limit();
      if (old.currency().equals(zero.currency())) {
        total = total.minus(old);
      } else {
        // the line moves to another currency: the old currency's total loses it
        Money oldTotal = state.creditLine(grant.core(), old.minus(old)).minus(old);
        writes.put(Keys.creditTotal(grant.core(), old.currency()), StateCodec.total(oldTotal));
      }
    }
    writes.put(
        Keys.credit(grant.core(), signer),
        StateCodec.creditLine(new CreditLine(signer, grant.core(), grant.limit())));
    writes.put(Keys.creditTotal(grant.core(), zero.currency()), StateCodec.total(total));
    return Staged.writes(writes);
  }

  @Override
  public Staged deploy(Operation.Deploy deploy) {
    operator(signer);
    dev.cascade.contract.Rcl.Result checked =
        dev.cascade.contract.Rcl.check(
            new dev.cascade.contract.source.SourceFile("programme.rcl", deploy.source()));
    if (checked.contract().isEmpty()) {
      throw new InvariantViolation(
          "a deployed contract checks",
          "the contract does not check: "
              + checked.diagnostics().stream()
                  .map(
                      d ->
                          "line "
                              + d.span().line()
                              + ", column "
                              + d.span().column()
                              + ": "
                              + dev.cascade.contract.diagnostic.Messages.english().message(d))
                  .collect(java.util.stream.Collectors.joining("; ")));
    }
    String id = ContractId.of(deploy.source());
    return Staged.writes(
        Map.of(
            Keys.PROGRAMME + id,
            StateCodec.text(deploy.source()),
            Keys.CURRENT_PROGRAMME,
            StateCodec.text(id)));
  }

  /** The certificate an operation acts on, as it is now. */
  private Certificate current(Operation.OnCertificate operation) {
    return state
        .certificate(operation.certificateId())
        .orElseThrow(
            () ->
                new InvariantViolation(
                    "the certificate exists",
                    "there is no certificate " + operation.certificateId()));
  }

  /** The first registration founds the ledger: its operator registers itself. */
  static boolean founds(WorldState state, String signer, Operation operation) {
    return operation instanceof Operation.Register register
        && !state.founded()
        && register.name().equals(signer)
        && register.roles().contains(Role.OPERATOR);
  }

  private static void wellFormed(java.util.regex.Pattern pattern, String what, String value) {
    if (!pattern.matcher(value).matches()) {
      throw new InvariantViolation(
          WELL_FORMED,
          what
              + " '"
              + (value.length() > 40 ? value.substring(0, 40) + "…" : value)
              + "' is not allowed: "
              + (pattern == ID
                  ? dev.cascade.ledger.domain.Identifiers.ID_RULE
                  : dev.cascade.ledger.domain.Identifiers.NAME_RULE));
    }
  }

  @Override
  public Staged register(Operation.Register register) {
    wellFormed(NAME, "the name", register.name());
    if (register.taxId().isBlank() || register.taxId().length() > 64) {
      throw new InvariantViolation(WELL_FORMED, "a tax id has 1 to 64 characters");
    }
    boolean founding = founds(state, signer, register);
    if (!founding) {
      operator(signer);
    }
    if (state.enterprise(register.name()).isPresent()) {
      throw new InvariantViolation(UNIQUE, register.name() + " is registered already");
    }
    Enterprise enterprise =
        new Enterprise(
            register.name(),
            register.taxId(),
            EnumSet.copyOf(register.roles()),
            register.publicKey(),
            founding);
    Map<String, byte[]> writes = new java.util.HashMap<>();
    writes.put(Keys.ENTERPRISE + register.name(), StateCodec.enterprise(enterprise));
    if (founding) {
      writes.put(Keys.FOUNDER, StateCodec.text(register.name()));
    }
    return Staged.writes(writes);
  }

  @Override
  public Staged anchor(Operation.Anchor anchor) {
    wellFormed(ID, "the document id", anchor.documentId());
    wellFormed(NAME, "the seller", anchor.seller());
    wellFormed(NAME, "the buyer", anchor.buyer());
    if (anchor.number().isBlank() || anchor.number().length() > 64) {
      throw new InvariantViolation(WELL_FORMED, "a document number has 1 to 64 characters");
    }
    if (!anchor.contentHash().matches("[0-9a-f]{64,128}")) {
      throw new InvariantViolation(
          WELL_FORMED, "the content hash is 64 to 128 lower-case hex digits");
    }
    Optional<Enterprise> seller = state.enterprise(anchor.seller());
    if (seller.isPresent() && !seller.get().taxId().equals(anchor.sellerTaxId())) {
      throw new InvariantViolation(
          ANCHORED,
          "the seller's tax id is "
              + seller.get().taxId()
              + " on the ledger, not "
              + anchor.sellerTaxId());
    }
    if (!signer.equals(anchor.seller()) && !signer.equals(anchor.buyer())) {
      throw new InvariantViolation(
          ROLE, signer + " is neither seller nor buyer of " + anchor.documentId());
    }
    if (state.document(anchor.documentId()).isPresent()) {
      throw new InvariantViolation(
          UNIQUE, "document " + anchor.documentId() + " is anchored already");
    }
    String fingerprint =
        anchor.kind() == TradeDocument.Kind.INVOICE
            ? InvoiceFingerprint.of(
                    hash, anchor.sellerTaxId(), anchor.number(), anchor.amount(), anchor.date())
                .hex()
            : "";
    TradeDocument document =
        new TradeDocument(
            anchor.documentId(),
            anchor.kind(),
            anchor.number(),
            anchor.seller(),
            anchor.sellerTaxId(),
            anchor.buyer(),
            anchor.amount(),
            anchor.date(),
            anchor.contentHash(),
            fingerprint);
    return Staged.writes(
        Map.of(Keys.DOCUMENT + anchor.documentId(), StateCodec.document(document)));
  }

  @Override
  public Staged issue(Operation.Issue issue) {
    wellFormed(ID, "the certificate id", issue.certificateId());
    acting(signer, Role.CORE, "issues certificates");
    acting(issue.supplier(), Role.SUPPLIER, "receives certificates");
    if (state.certificate(issue.certificateId()).isPresent()) {
      throw new InvariantViolation(UNIQUE, issue.certificateId() + " exists already");
    }
    String programme =
        state
            .currentProgramme()
            .orElseThrow(() -> new InvariantViolation(PROGRAMME, "no contract is deployed yet"));
    TradeDocument invoice =
        state
            .document(issue.invoiceId())
            .filter(d -> d.kind() == TradeDocument.Kind.INVOICE)
            .orElseThrow(
                () ->
                    new InvariantViolation(
                        ANCHORED, "there is no anchored invoice " + issue.invoiceId()));
    if (!invoice.buyer().equals(signer) || !invoice.seller().equals(issue.supplier())) {
      throw new InvariantViolation(
          ANCHORED,
          "invoice "
              + invoice.number()
              + " is from "
              + invoice.seller()
              + " to "
              + invoice.buyer()
              + ", not from "
              + issue.supplier()
              + " to "
              + signer);
    }
    if (!invoice.amount().currency().equals(issue.amount().currency())
        || invoice.amount().compareTo(issue.amount()) < 0) {
      throw new InvariantViolation(
          ANCHORED, "invoice " + invoice.number() + " is for " + invoice.amount() + " only");
    }
    if (state.invoiceUsed(invoice.fingerprint())) {
      throw new InvariantViolation(
          INVOICE_ONCE,
          "invoice "
              + invoice.number()
              + " of "
              + invoice.seller()
              + " already backs a certificate");
    }
    Certificate issued =
        Certificate.issue(
            issue.certificateId(),
            programme,
            signer,
            issue.supplier(),
            issue.amount(),
            issue.issued(),
            issue.maturity());
    return new Staged(
        Optional.of(issued),
        List.of(issued),
        new java.util.TreeMap<>(
            Map.of(
                Keys.INVOICE + invoice.fingerprint(),
                StateCodec.text(invoice.id()),
                Keys.outstanding(signer, issue.amount().currency()),
                outstanding(signer, issue.amount()))),
        List.of());
  }

  /** Settles every open certificate descending from the one paid, whoever holds it. */
  private Staged settle(Certificate paid) {
    if (!signer.equals(paid.rootIssuer())) {
      throw new InvariantViolation(
          "only the core enterprise pays", signer + " did not issue " + paid.id());
    }
    List<Certificate> all = state.certificates();
    Map<String, Certificate> byId = new java.util.HashMap<>();
    all.forEach(c -> byId.put(c.id(), c));
    List<Certificate> settled = new ArrayList<>();
    List<Outcome.Payout> payouts = new ArrayList<>();
    for (Certificate certificate : all) {
      if (descends(certificate, paid.id(), byId) && !certificate.state().isFinal()) {
        settled.add(certificate.settle());
        payouts.add(
            new Outcome.Payout(certificate.id(), certificate.holder(), certificate.amount()));
      }
    }
    if (settled.isEmpty()) {
      throw new InvariantViolation(Certificate.FINAL, paid.id() + " has no open part left to pay");
    }
    Money total = zero(paid);
    for (Outcome.Payout payout : payouts) {
      total = total.plus(payout.amount());
    }
    return new Staged(
        Optional.of(paid),
        settled,
        new java.util.TreeMap<>(
            Map.of(
                Keys.outstanding(paid.rootIssuer(), paid.amount().currency()),
                outstanding(paid.rootIssuer(), zero(paid).minus(total)))),
        payouts);
  }

  private static boolean descends(
      Certificate certificate, String ancestor, Map<String, Certificate> byId) {
    Optional<Certificate> current = Optional.of(certificate);
    while (current.isPresent()) {
      if (current.get().id().equals(ancestor)) {
        return true;
      }
      current = current.get().parentId().map(byId::get);
    }
    return false;
  }

  /** The core enterprise's outstanding amount after a change of {@code delta}, encoded. */
  private byte[] outstanding(String core, Money delta) {
    Money now = state.creditUsed(core, delta.minus(delta)).plus(delta);
    return StateCodec.total(now);
  }

  private static Money zero(Certificate certificate) {
    return certificate.amount().minus(certificate.amount());
  }

  private void operator(String name) {
    if (!registered(name).has(Role.OPERATOR)) {
      throw new InvariantViolation(OPERATOR, name + " is not the platform operator");
    }
  }

  private Enterprise registered(String name) {
    return state
        .enterprise(name)
        .filter(Enterprise::approved)
        .orElseThrow(
            () ->
                new InvariantViolation(
                    REGISTERED, name + " is not a registered, approved enterprise"));
  }

  private void acting(String name, Role role, String what) {
    if (!registered(name).has(role)) {
      throw new InvariantViolation(
          ROLE,
          name + " is not a " + role.name().toLowerCase(java.util.Locale.ROOT) + ", which " + what);
    }
  }

  private void unused(List<String> ids) {
    ids.forEach(id -> wellFormed(ID, "the new id", id));
    if (new java.util.HashSet<>(ids).size() != ids.size()) {
      throw new InvariantViolation(UNIQUE, "the new ids " + ids + " repeat one another");
    }
    for (String id : ids) {
      if (state.certificate(id).isPresent()) {
        throw new InvariantViolation(UNIQUE, id + " exists already");
      }
    }
  }
}
