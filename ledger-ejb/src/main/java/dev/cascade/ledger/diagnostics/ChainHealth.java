package dev.cascade.ledger.diagnostics;

import java.util.Optional;

/**
 * The chain as this node follows it: the height it has applied, and the alarm that stopped it, if a
 * block it could not apply did (its state root is not the one this node computes, say); whether
 * this node produces the blocks or validates another's ({@code role}), and which member the last
 * election made the producer (none while no majority of the cluster is in view).
 */
public record ChainHealth(
    HealthReport.Status status,
    long height,
    Optional<String> alarm,
    String role,
    Optional<String> producer) {}
