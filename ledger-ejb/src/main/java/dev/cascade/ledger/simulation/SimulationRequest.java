package dev.cascade.ledger.simulation;

import java.util.Optional;

/**
 * What a tester asks to simulate: a scenario of the node's programme by name, or a contract's
 * source and (unless it has one only) the name of its scenario, with runs and a seed in place of
 * the scenario's own.
 */
public record SimulationRequest(
    Optional<String> scenario, Optional<String> source, Optional<Long> runs, Optional<Long> seed) {}
