package dev.cascade.ledger.service;

import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.application.Outcome;
import dev.cascade.ledger.transaction.Checked;
import dev.cascade.ledger.transaction.Rejection;
import java.util.Optional;

/**
 * The answer to a submission: rejected (nothing changed), committed in a block, or accepted and
 * still pending when the caller's patience ran out.
 */
public record Receipt(Checked<Outcome> outcome, Status status, Optional<Ledger.Location> location) {

  /** Where the transaction is. */
  public enum Status {
    REJECTED,
    PENDING,
    COMMITTED
  }

  public static Receipt rejected(Rejection rejection) {
    return new Receipt(Checked.refused(rejection), Status.REJECTED, Optional.empty());
  }

  /** A transaction accepted before, of which only its id and where it is are known. */
  public static Receipt known(String id, Status status, Optional<Ledger.Location> location) {
    return new Receipt(Checked.passed(Outcome.waiting(id)), status, location);
  }

  /** What a block's transaction came to: committed at its location, or refused. */
  static Receipt decided(Checked<Outcome> outcome, Optional<Ledger.Location> location) {
    return new Receipt(
        outcome,
        outcome.passed() ? Status.COMMITTED : Status.REJECTED,
        outcome.passed() ? location : Optional.empty());
  }

  /** The transaction's id; empty for one refused before it was admitted. */
  public String transactionId() {
    return outcome.fold(rejection -> "", Outcome::transactionId);
  }
}
