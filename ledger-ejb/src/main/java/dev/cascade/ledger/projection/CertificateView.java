package dev.cascade.ledger.projection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** What a query answers about a certificate. */
public record CertificateView(
    String id,
    String programme,
    String rootIssuer,
    String holder,
    String currency,
    BigDecimal amount,
    LocalDate issued,
    LocalDate maturity,
    String state,
    Optional<String> parentId,
    int tier,
    Optional<String> pledgee,
    boolean financed) {}
