package dev.cascade.ledger.application;

import dev.cascade.contract.runtime.AutomaticAction;
import dev.cascade.ledger.domain.certificate.Certificate;
import dev.cascade.ledger.domain.certificate.Payout;
import dev.cascade.ledger.domain.financing.Financing;
import java.util.List;
import java.util.Optional;

/**
 * What an accepted transaction did: its id, the certificates as they are now, the contract's
 * automatic actions, what a financing paid and, for a payment, who was paid what. A refused one has
 * a {@link dev.cascade.ledger.transaction.Rejection} instead (see {@link
 * dev.cascade.ledger.transaction.Checked}).
 *
 * @param transactionId hex hash of the transaction as the block carries it
 */
public record Outcome(
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

  /** A transaction admitted and waiting for its block: nothing is known of it yet but its id. */
  public static Outcome waiting(String transactionId) {
    return new Outcome(transactionId, List.of(), List.of(), Optional.empty(), List.of());
  }
}
