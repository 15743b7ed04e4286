package dev.cascade.web.simulation;

import dev.cascade.ledger.simulation.SimulationRequest;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * The body of {@code POST /simulations}: a scenario of the node's programme by name, or a
 * contract's source (and its scenario's name unless it has one only), with optional runs and seed.
 */
public record SimulationRequestJson(
    @Size(max = 200, message = "a scenario's name has at most 200 characters") String scenario,
    @Size(max = 1_000_000, message = "a contract has at most 1,000,000 characters") String source,
    @Positive(message = "a simulation makes at least one run") Long runs,
    Long seed) {

  SimulationRequest toRequest() {
    return new SimulationRequest(
        Optional.ofNullable(scenario).filter(name -> !name.isBlank()),
        Optional.ofNullable(source).filter(text -> !text.isBlank()),
        Optional.ofNullable(runs),
        Optional.ofNullable(seed));
  }
}
