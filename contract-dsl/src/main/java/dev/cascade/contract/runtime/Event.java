package dev.cascade.contract.runtime;

import java.util.Locale;

/** The lifecycle events a rule can be triggered by. */
public enum Event {
  ISSUE,
  ACCEPT,
  TRANSFER,
  SPLIT,
  FINANCE,
  PLEDGE,
  RELEASE,
  MATURITY,
  PAYMENT,
  OVERDUE;

  /** As written in RCL and on the command line: {@code split}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static java.util.Optional<Event> byWord(String word) {
    for (Event event : values()) {
      if (event.word().equals(word.toLowerCase(Locale.ROOT))) {
        return java.util.Optional.of(event);
      }
    }
    return java.util.Optional.empty();
  }
}
