package dev.cascade.ledger.application;

import dev.cascade.contract.runtime.AutomaticAction;
import dev.cascade.ledger.domain.certificate.Certificate;
import dev.cascade.ledger.domain.certificate.Payout;
import dev.cascade.ledger.domain.financing.Financing;
import dev.cascade.ledger.transaction.Rejection;
import java.util.List;
import java.util.Optional;

/**
 * What happened to a submitted transaction: rejected (and nothing changed), or accepted with its
 * id, the certificates as they are now, the contract's automatic actions, what a financing paid
 * and, for a payment, who was paid what.
 *
 * @param transactionId hex hash of the transaction as the block carries it
 */
public record Outcome(
    Optional<Rejection> rejection,
    String transactionId,
    List<Certificate> certificates,
    List<AutomaticAction> actions,
    Optional<Financing> financing,
    List<Payout> payouts) {

  public Outcome {
    certificates = List.copyOf(certificates);
    actions = List.copyOf(actions);
    payouts = List.copyOf(payouts);
  }

  public static Outcome rejected(Rejection rejection) {
    return new Outcome(
        Optional.of(rejection), "", List.of(), List.of(), Optional.empty(), List.of());
  }

  /** A transaction admitted and waiting for its block: nothing is known of it yet but its id. */
  public static Outcome waiting(String transactionId) {
    return new Outcome(
        Optional.empty(), transactionId, List.of(), List.of(), Optional.empty(), List.of());
  }

  public boolean accepted() {
    return rejection.isEmpty();
  }
}
