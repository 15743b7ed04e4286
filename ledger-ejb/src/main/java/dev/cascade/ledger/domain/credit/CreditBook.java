package dev.cascade.ledger.domain.credit;

import dev.cascade.ledger.domain.Money;
import java.util.Currency;
import java.util.Optional;

/** The credit banks grant core enterprises and what their open certificates use of it. */
public interface CreditBook {

  /** The line {@code bank} granted {@code core}, if any. */
  Optional<CreditLine> creditLine(String core, String bank);

  /** The sum of the lines banks granted {@code core} in {@code currency}. */
  Money creditLine(String core, Currency currency);

  /**
   * What {@code core}'s open certificates add up to in {@code currency}: every part not yet settled
   * or cancelled, whoever holds it.
   */
  Money creditUsed(String core, Currency currency);
}
