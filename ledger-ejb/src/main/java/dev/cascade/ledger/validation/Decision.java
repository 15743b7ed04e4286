package dev.cascade.ledger.validation;

import dev.cascade.contract.runtime.Verdict;
import dev.cascade.ledger.transaction.Rejection;
import java.util.Optional;

/** What the programme's rules decided: accepted (with the verdict's actions) or rejected. */
public record Decision(Optional<Rejection> rejection, Optional<Verdict> verdict) {

  static Decision rejected(Rejection rejection) {
    return new Decision(Optional.of(rejection), Optional.empty());
  }

  static Decision accepted(Verdict verdict) {
    return new Decision(Optional.empty(), Optional.of(verdict));
  }

  public boolean accepted() {
    return rejection.isEmpty();
  }
}
