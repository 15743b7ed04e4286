package dev.cascade.contract.ast;

import dev.cascade.contract.source.Span;
import java.util.Optional;

/** What a scenario changes about the world. */
public sealed interface Perturbation {

  Span span();

  /** {@code payments by "Geely Auto" delayed by 60 days} */
  record PaymentDelay(String party, Expression delay, Optional<Expression> upTo, Span span)
      implements Perturbation {}

  /** {@code "Tier 2 Parts Co" defaults on 2026-05-01} */
  record PartyDefault(String party, Optional<Expression> on, Span span) implements Perturbation {}

  /** {@code rates shocked by 2%} */
  record RateShock(Expression shock, Span span) implements Perturbation {}

  /** {@code volume scaled by 1.5} */
  record VolumeScale(Expression factor, Span span) implements Perturbation {}
}
