package dev.cascade.ledger.diagnostics;

import java.util.Optional;

/**
 * The chain as this node follows it: the height it has applied, and the alarm that stopped it, if a
 * block it could not apply did (its state root is not the one this node computes, say).
 */
public record ChainHealth(HealthReport.Status status, long height, Optional<String> alarm) {}
