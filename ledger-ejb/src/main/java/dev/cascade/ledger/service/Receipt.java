package dev.cascade.ledger.service;

import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.application.Outcome;
import java.util.Optional;

/**
 * The answer to a submission: rejected (nothing changed), committed in a block, or accepted and
 * still pending when the caller's patience ran out.
 */
public record Receipt(Outcome outcome, Status status, Optional<Ledger.Location> location) {

  /** Where the transaction is. */
  public enum Status {
    REJECTED,
    PENDING,
    COMMITTED
  }
}
