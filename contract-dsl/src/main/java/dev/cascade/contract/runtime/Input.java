package dev.cascade.contract.runtime;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a contract is evaluated against: the occasion, the block's date ({@code today}) and the
 * views ({@code certificate}, {@code operation}, {@code guarantor}).
 */
public record Input(Occasion occasion, LocalDate today, Map<String, Value> views) {

  public Input {
    views = Map.copyOf(views);
  }
}
