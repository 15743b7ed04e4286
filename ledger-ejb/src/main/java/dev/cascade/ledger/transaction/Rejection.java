package dev.cascade.ledger.transaction;

import java.util.List;

/**
 * Why the ledger refused a transaction: the rule, in the words users know it by, the message, and
 * for a contract rule the values that decided it ({@code certificate.maturity - certificate.issued
 * = 200 days}). Nothing was changed.
 */
public record Rejection(String rule, String message, List<String> values) {

  public Rejection {
    values = List.copyOf(values);
  }

  public Rejection(String rule, String message) {
    this(rule, message, List.of());
  }
}
