package dev.cascade.ledger.domain.certificate;

import dev.cascade.ledger.domain.Money;

/** A holder paid at maturity. */
public record Payout(String certificateId, String holder, Money amount) {}
