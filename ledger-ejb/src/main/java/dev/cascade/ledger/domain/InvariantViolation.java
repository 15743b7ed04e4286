package dev.cascade.ledger.domain;

/**
 * An operation breaks one of the ledger's invariants. The rule is named as the ledger's users name
 * it; nothing was changed.
 */
public class InvariantViolation extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String rule;

  public InvariantViolation(String rule, String message) {
    super(message);
    this.rule = rule;
  }

  /** e.g. "only the holder moves a certificate" */
  public String rule() {
    return rule;
  }
}
