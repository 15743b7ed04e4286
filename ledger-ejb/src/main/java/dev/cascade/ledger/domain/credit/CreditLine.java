package dev.cascade.ledger.domain.credit;

import dev.cascade.ledger.domain.Money;

/** The credit a bank grants a core enterprise: the most its open certificates may add up to. */
public record CreditLine(String bank, String core, Money limit) {

  public CreditLine {
    if (limit.amount().signum() < 0) {
      throw new IllegalArgumentException("a credit line cannot be negative: " + limit);
    }
  }
}
