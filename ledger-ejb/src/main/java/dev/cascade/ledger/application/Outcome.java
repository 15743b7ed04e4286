package dev.cascade.ledger.application;

import dev.cascade.contract.runtime.AutomaticAction;
import dev.cascade.ledger.domain.Money;
import dev.cascade.ledger.transaction.Rejection;
import java.util.List;
import java.util.Optional;

/**
 * What happened to a submitted operation: rejected (and nothing changed), or accepted with the
 * contract's automatic actions and, for a payment, who was paid what.
 */
public record Outcome(
    Optional<Rejection> rejection, List<AutomaticAction> actions, List<Payout> payouts) {

  /** A holder paid at maturity. */
  public record Payout(String certificateId, String holder, Money amount) {}

  static Outcome rejected(Rejection rejection) {
    return new Outcome(Optional.of(rejection), List.of(), List.of());
  }

  public boolean accepted() {
    return rejection.isEmpty();
  }
}
