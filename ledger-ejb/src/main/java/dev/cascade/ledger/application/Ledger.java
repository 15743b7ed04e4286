package dev.cascade.ledger.application;

import dev.cascade.contract.runtime.AutomaticAction;
import dev.cascade.contract.runtime.EntityKind;
import dev.cascade.contract.runtime.Input;
import dev.cascade.contract.runtime.Occasion;
import dev.cascade.contract.runtime.Period;
import dev.cascade.contract.runtime.Unit;
import dev.cascade.contract.runtime.Value;
import dev.cascade.ledger.chain.Block;
import dev.cascade.ledger.chain.Blocks;
import dev.cascade.ledger.crypto.HashAlgorithm;
import dev.cascade.ledger.domain.Certificate;
import dev.cascade.ledger.domain.CertificateState;
import dev.cascade.ledger.domain.InvariantViolation;
import dev.cascade.ledger.transaction.Authenticator;
import dev.cascade.ledger.transaction.Rejection;
import dev.cascade.ledger.transaction.SignedTransaction;
import dev.cascade.ledger.validation.ContractViews;
import dev.cascade.ledger.validation.Decision;
import dev.cascade.ledger.validation.ProgrammeRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One ledger: every submitted operation is checked in order — signature and nonce, the invariants
 * no contract can switch off, the programme's compiled rules — and applied only if all pass;
 * accepted transactions are sealed into signed, hash-linked blocks.
 */
public final class Ledger {

  private static final String SIGNED = "signatures are valid";

  private final HashAlgorithm hash;
  private final Authenticator authenticator;
  private final ProgrammeRules rules;
  private final Blocks producer;
  private final Map<String, Value.Entity> parties;
  private final WorldState state = new WorldState();
  private final List<byte[]> pending = new ArrayList<>();
  private final List<Block> chain = new ArrayList<>();

  public Ledger(
      HashAlgorithm hash,
      Authenticator authenticator,
      ProgrammeRules rules,
      Blocks producer,
      Map<String, Value.Entity> parties) {
    this.hash = hash;
    this.authenticator = authenticator;
    this.rules = rules;
    this.producer = producer;
    this.parties = Map.copyOf(parties);
  }

  public Outcome submit(SignedTransaction signed, Operation operation, LocalDate today) {
    if (!Arrays.equals(signed.transaction().body(), operation.canonical())) {
      return Outcome.rejected(
          new Rejection(SIGNED, "the signed transaction is not this operation"));
    }
    Optional<Rejection> unauthenticated = authenticator.admit(signed);
    if (unauthenticated.isPresent()) {
      return Outcome.rejected(unauthenticated.get());
    }
    String signer = signed.transaction().signer();
    Staged staged;
    try {
      staged = stage(signer, operation);
    } catch (InvariantViolation e) {
      return Outcome.rejected(new Rejection(e.rule(), e.getMessage()));
    }
    Decision decision = rules.decide(input(operation, staged, today));
    if (!decision.accepted()) {
      return Outcome.rejected(decision.rejection().get());
    }
    state.apply(staged.changed(), staged.invoice());
    pending.add(signed.transaction().canonical());
    List<AutomaticAction> actions = decision.verdict().map(v -> v.actions()).orElse(List.of());
    return new Outcome(Optional.empty(), actions, staged.payouts());
  }

  /** Seals the pending transactions into the next block. */
  public Block seal(long time) {
    Block block =
        producer.next(
            chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(chain.size() - 1)),
            pending,
            state.root(hash),
            time);
    chain.add(block);
    pending.clear();
    return block;
  }

  public List<Block> chain() {
    return List.copyOf(chain);
  }

  public Optional<Certificate> certificate(String id) {
    return state.certificate(id);
  }

  /** The operation's effect on the state, not yet applied. */
  private record Staged(
      Certificate before,
      List<Certificate> changed,
      Optional<String> invoice,
      List<Outcome.Payout> payouts) {}

  private Staged stage(String signer, Operation operation) {
    if (operation instanceof Operation.Issue issue) {
      if (state.certificate(issue.certificateId()).isPresent()) {
        throw new InvariantViolation(
            "identities are unique", issue.certificateId() + " exists already");
      }
      if (state.invoiceUsed(issue.invoiceFingerprint())) {
        throw new InvariantViolation(
            "an invoice backs at most one issuance or financing",
            "the invoice behind " + issue.certificateId() + " already backs another certificate");
      }
      Certificate issued =
          Certificate.issue(
              issue.certificateId(),
              signer,
              issue.supplier(),
              issue.amount(),
              issue.issued(),
              issue.maturity());
      return new Staged(
          issued, List.of(issued), Optional.of(issue.invoiceFingerprint()), List.of());
    }
    Certificate current =
        state
            .certificate(operation.certificateId())
            .orElseThrow(
                () ->
                    new InvariantViolation(
                        "the certificate exists",
                        "there is no certificate " + operation.certificateId()));
    if (operation instanceof Operation.Accept) {
      return new Staged(current, List.of(current.accept(signer)), Optional.empty(), List.of());
    }
    if (operation instanceof Operation.Transfer transfer) {
      return new Staged(
          current,
          current.transfer(signer, transfer.to(), transfer.amount(), transfer.newIds()),
          Optional.empty(),
          List.of());
    }
    if (operation instanceof Operation.Split split) {
      return new Staged(
          current,
          current.split(signer, split.parts(), split.newIds()),
          Optional.empty(),
          List.of());
    }
    if (operation instanceof Operation.Finance finance) {
      return new Staged(
          current, List.of(current.finance(signer, finance.bank())), Optional.empty(), List.of());
    }
    if (operation instanceof Operation.Pledge pledge) {
      return new Staged(
          current, List.of(current.pledge(signer, pledge.pledgee())), Optional.empty(), List.of());
    }
    if (operation instanceof Operation.Release) {
      return new Staged(current, List.of(current.release(signer)), Optional.empty(), List.of());
    }
    return pay(signer, current);
  }

  /** Settles every open certificate descending from the one paid, whoever holds it. */
  private Staged pay(String signer, Certificate paid) {
    if (!signer.equals(paid.rootIssuer())) {
      throw new InvariantViolation(
          "only the core enterprise pays", signer + " did not issue " + paid.id());
    }
    List<Certificate> settled = new ArrayList<>();
    List<Outcome.Payout> payouts = new ArrayList<>();
    for (Certificate certificate : state.certificates()) {
      if (descends(certificate, paid.id()) && !isFinal(certificate)) {
        settled.add(certificate.settle());
        payouts.add(
            new Outcome.Payout(certificate.id(), certificate.holder(), certificate.amount()));
      }
    }
    return new Staged(paid, settled, Optional.empty(), payouts);
  }

  private boolean descends(Certificate certificate, String ancestor) {
    Optional<Certificate> current = Optional.of(certificate);
    while (current.isPresent()) {
      if (current.get().id().equals(ancestor)) {
        return true;
      }
      current = current.get().parentId().flatMap(state::certificate);
    }
    return false;
  }

  private static boolean isFinal(Certificate certificate) {
    return certificate.state() == CertificateState.SETTLED
        || certificate.state() == CertificateState.CANCELLED
        || certificate.state() == CertificateState.SUPERSEDED;
  }

  /** The views the programme's rules see for this operation. */
  private Input input(Operation operation, Staged staged, LocalDate today) {
    Map<String, Value> fields = new HashMap<>();
    fields.put("kind", new Value.Text(operation.event()));
    if (staged.changed().size() > 1 && !(operation instanceof Operation.Pay)) {
      fields.put(
          "parts",
          ContractViews.parts(staged.changed().subList(1, staged.changed().size()), parties));
    }
    if (operation instanceof Operation.Finance finance) {
      fields.put("amount", ContractViews.money(staged.before().amount()));
      fields.put("date", new Value.DateValue(finance.date()));
      fields.put("rate", new Value.Numeric(finance.yearlyRate(), Unit.rate(Period.YEAR)));
      fields.put(
          "days",
          new Value.Numeric(
              BigDecimal.valueOf(
                  ChronoUnit.DAYS.between(finance.date(), staged.before().maturity())),
              Unit.DURATION));
    }
    Map<String, Value> views = new HashMap<>();
    views.put("certificate", ContractViews.certificate(staged.before(), parties));
    Value.Entity operationView = new Value.Entity(EntityKind.OPERATION, fields);
    views.put("operation", operationView);
    if (fields.containsKey("parts")) {
      views.put("parts", fields.get("parts"));
    }
    return new Input(Occasion.byWord(operation.event()).orElseThrow(), today, views);
  }
}
