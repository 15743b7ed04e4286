package dev.cascade.ledger.application;

import dev.cascade.contract.runtime.AutomaticAction;
import dev.cascade.contract.runtime.Input;
import dev.cascade.contract.runtime.Verdict;
import dev.cascade.ledger.domain.Change;
import dev.cascade.ledger.domain.Effect;
import dev.cascade.ledger.domain.InvariantViolation;
import dev.cascade.ledger.domain.certificate.Certificate;
import dev.cascade.ledger.domain.enterprise.Enterprise;
import dev.cascade.ledger.transaction.Authenticator;
import dev.cascade.ledger.transaction.Checked;
import dev.cascade.ledger.transaction.Rejection;
import dev.cascade.ledger.transaction.SignedTransaction;
import dev.cascade.ledger.validation.ProgrammeRules;
import dev.cascade.ledger.validation.Programmes;
import java.security.PublicKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one transaction does, judged against the world state as it is: its signature, its nonce, the
 * domain's handlers, the contract the certificate was issued under and the follow-up its automatic
 * actions make; or, for a stored block, what it did. It reads the state and writes nothing: {@link
 * Ledger} applies what it decides, in block order.
 */
final class Transactions {

  private final Ledger.Settings settings;
  private final WorldState state;
  private final Programmes programmes;
  private final Authenticator authenticator;
  private final OperationHandlers handlers;
  private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();

  Transactions(Ledger.Settings settings, WorldState state, Programmes programmes) {
    this.settings = settings;
    this.state = state;
    this.programmes = programmes;
    this.authenticator = new Authenticator(settings.scheme());
    this.handlers = new OperationHandlers(state, settings.hash(), ProgrammeRules::problems);
  }

  /** An accepted transaction, decided and not yet applied: what it changes, what it did. */
  record Decided(
      Ledger.Admitted admitted,
      Effect effect,
      List<AutomaticAction> actions,
      Optional<FollowUp> followUp) {

    /** The changes of the transaction itself: its effect and its signer's nonce. */
    List<Change> changes() {
      List<Change> changes = new ArrayList<>(effect.changes());
      SignedTransaction signed = admitted.signed();
      changes.add(
          new Change.NonceAdvanced(signed.transaction().signer(), signed.transaction().nonce()));
      return changes;
    }

    Outcome outcome() {
      return new Outcome(
          admitted.id(),
          effect.certificates(),
          actions,
          followUp.flatMap(Financings::of),
          effect.payouts());
    }
  }

  /** Reads the operation and checks the signature: a rejection, or the admitted transaction. */
  Checked<Ledger.Admitted> authenticate(SignedTransaction signed) {
    Operation operation;
    try {
      operation = Operation.decode(signed.transaction().body());
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return Checked.refused(
          new Rejection(Ledger.WELL_FORMED, "the body is not an operation: " + e.getMessage()));
    }
    if (!operation.event().equals(signed.transaction().operation())) {
      return Checked.refused(
          new Rejection(
              Ledger.WELL_FORMED,
              "the transaction says "
                  + signed.transaction().operation()
                  + " but its body is "
                  + operation.event()));
    }
    String signer = signed.transaction().signer();
    Optional<PublicKey> key;
    try {
      key =
          OperationHandlers.founds(state, signer, operation)
              ? Optional.of(
                  settings.scheme().publicKey(((Operation.Register) operation).publicKey()))
              : key(signer);
    } catch (IllegalArgumentException e) {
      return Checked.refused(new Rejection(Authenticator.SIGNATURE, e.getMessage()));
    }
    return authenticator
        .signature(signed, key)
        .<Checked<Ledger.Admitted>>map(Checked::refused)
        .orElseGet(
            () ->
                Checked.passed(
                    new Ledger.Admitted(signed, operation, transactionId(signed.canonical()))));
  }

  /**
   * Checks the nonce, the invariants and the contract of a transaction judged on the block day
   * {@code today}: a rejection, or what accepting it changes.
   */
  Checked<Decided> decide(Ledger.Admitted admitted, LocalDate today) {
    Optional<Rejection> replay = nonce(admitted);
    if (replay.isPresent()) {
      return Checked.refused(replay.get());
    }
    Effect effect;
    try {
      effect = handle(admitted, today);
    } catch (InvariantViolation e) {
      return Checked.refused(new Rejection(e.rule(), e.getMessage()));
    } catch (RuntimeException e) {
      // one transaction the ledger cannot apply must not take its block down with it
      return Checked.refused(new Rejection(Ledger.WELL_FORMED, String.valueOf(e.getMessage())));
    }
    return contract(admitted, effect, today).then(actions -> followUp(admitted, effect, actions));
  }

  /**
   * What a transaction of a stored block changes, judged on its block's day: signatures, nonces and
   * invariants are checked; the contract is not run again, because its effects are recorded as
   * follow-up transactions, whose changes are taken as they are if they are of the kinds a
   * follow-up may make.
   *
   * @return why the transaction cannot be applied again, or its changes
   */
  Checked<List<Change>> replay(SignedTransaction signed, LocalDate day) {
    if (FollowUp.is(signed.transaction())) {
      try {
        FollowUp followUp = FollowUp.decode(signed.transaction().body());
        return followUp.changes().stream()
            .filter(change -> !FollowUp.mayMake(change))
            .findFirst()
            .<Checked<List<Change>>>map(
                outside -> refusedReplay("a follow-up may not make " + outside))
            .orElseGet(() -> Checked.passed(followUp.changes()));
      } catch (IllegalArgumentException e) {
        return refusedReplay("a follow-up is malformed: " + e.getMessage());
      }
    }
    return authenticate(signed).then(admitted -> replayed(admitted, day));
  }

  private Checked<List<Change>> replayed(Ledger.Admitted admitted, LocalDate day) {
    Optional<Rejection> replay = nonce(admitted);
    if (replay.isPresent()) {
      return Checked.refused(replay.get());
    }
    try {
      Effect effect = handle(admitted, day);
      return Checked.passed(new Decided(admitted, effect, List.of(), Optional.empty()).changes());
    } catch (InvariantViolation | IllegalArgumentException e) {
      return refusedReplay(e.getMessage());
    }
  }

  private static Checked<List<Change>> refusedReplay(String message) {
    return Checked.refused(new Rejection("a stored block applies again", message));
  }

  /** The time events of the days over before {@code today}; empty when no day has passed. */
  Optional<FollowUp> timeEvents(LocalDate today) {
    return new TimeEvents(state, this::rules).pass(today);
  }

  /** The id of a transaction: the hex hash of its bytes as the block carries them. */
  String transactionId(byte[] entry) {
    return HexFormat.of().formatHex(settings.hash().hash(entry));
  }

  private Optional<Rejection> nonce(Ledger.Admitted admitted) {
    SignedTransaction signed = admitted.signed();
    return Authenticator.nonce(
        signed.transaction(), state.lastNonce(signed.transaction().signer()));
  }

  /** What the domain's handlers say the transaction does, on the block day {@code today}. */
  private Effect handle(Ledger.Admitted admitted, LocalDate today) {
    return handlers.handle(admitted.operation(), admitted.signed().transaction().signer(), today);
  }

  /**
   * What the contract the certificate was issued under decides of a certificate operation: a
   * rejection, or its automatic actions (none for other operations).
   */
  private Checked<List<AutomaticAction>> contract(
      Ledger.Admitted admitted, Effect effect, LocalDate today) {
    if (!(admitted.operation() instanceof Operation.OnCertificate operation)) {
      return Checked.passed(List.of());
    }
    try {
      ProgrammeRules rules = rules(effect.before().orElseThrow());
      Optional<Input> input =
          new ContractInput(state, rules.reads("guarantor")).of(operation, effect, today);
      return input.isEmpty()
          ? Checked.passed(List.of())
          : rules.decide(input.get()).map(Verdict::actions);
    } catch (RuntimeException e) {
      return Checked.refused(new Rejection(Ledger.EVALUATES, String.valueOf(e.getMessage())));
    }
  }

  /** The accepted transaction with the follow-up its contract's actions make. */
  private Checked<Decided> followUp(
      Ledger.Admitted admitted, Effect effect, List<AutomaticAction> actions) {
    try {
      Optional<FollowUp> followUp =
          admitted.operation() instanceof Operation.OnCertificate operation
              ? Financings.followUp(admitted.id(), operation, effect, actions)
              : Optional.empty();
      return Checked.passed(new Decided(admitted, effect, actions, followUp));
    } catch (RuntimeException e) {
      return Checked.refused(new Rejection(Ledger.EVALUATES, String.valueOf(e.getMessage())));
    }
  }

  /** The contract the certificate was issued under. */
  private ProgrammeRules rules(Certificate certificate) {
    return programmes.rules(
        certificate.programme(),
        () ->
            state
                .source(certificate.programme())
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "contract " + certificate.programme() + " is not on the ledger")));
  }

  /** The signer's key if it is an approved enterprise; decoded keys are kept by their bytes. */
  private Optional<PublicKey> key(String signer) {
    return state
        .enterprise(signer)
        .filter(Enterprise::approved)
        .map(
            e ->
                keys.computeIfAbsent(
                    HexFormat.of().formatHex(e.publicKey()),
                    hex -> settings.scheme().publicKey(e.publicKey())));
  }
}
