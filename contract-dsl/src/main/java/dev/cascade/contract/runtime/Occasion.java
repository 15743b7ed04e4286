package dev.cascade.contract.runtime;

import java.util.Optional;

/**
 * What is being evaluated: a lifecycle event, or the passing of a block day (for {@code every day}
 * and {@code N days before maturity} rules).
 */
public record Occasion(Optional<Event> event) {

  public static Occasion of(Event event) {
    return new Occasion(Optional.of(event));
  }

  public static Occasion day() {
    return new Occasion(Optional.empty());
  }

  public boolean isDay() {
    return event.isEmpty();
  }

  /** {@code split}, or {@code day}. */
  public String word() {
    return event.map(Event::word).orElse("day");
  }

  public static Optional<Occasion> byWord(String word) {
    if (word.equals("day")) {
      return Optional.of(day());
    }
    return Event.byWord(word).map(Occasion::of);
  }
}
