package dev.cascade.ledger.diagnostics;

import java.util.Optional;

/**
 * The datasource as this node sees it.
 *
 * @param product e.g. "H2" or "PostgreSQL", when the database answered
 * @param error why the database could not be reached, when it could not
 */
public record DatabaseHealth(
    HealthReport.Status status,
    String jndiName,
    Optional<String> product,
    Optional<String> productVersion,
    Optional<String> error) {}
