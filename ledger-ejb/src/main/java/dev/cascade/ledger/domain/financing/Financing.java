package dev.cascade.ledger.domain.financing;

import dev.cascade.ledger.domain.Money;

/**
 * What a bank charged and paid to finance a certificate: the interest it keeps and the proceeds the
 * holder receives, as the programme's contract set them or, when it set none, by the default
 * discount ({@link dev.cascade.contract.runtime.Discount}).
 */
public record Financing(String certificateId, String bank, Money interest, Money proceeds) {}
