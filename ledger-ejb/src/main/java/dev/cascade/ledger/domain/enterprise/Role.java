package dev.cascade.ledger.domain.enterprise;

/** What an enterprise does in a programme. */
public enum Role {
  /** Runs the platform: registers and approves enterprises and deploys contracts. */
  OPERATOR,
  /** The core enterprise whose payables become certificates. */
  CORE,
  SUPPLIER,
  /** Grants credit lines and finances certificates. */
  BANK,
  GUARANTOR,
  /** A regulator: reads, never acts. */
  OBSERVER;

  /**
   * Every role's name, as a regular expression's alternatives, for request validation (an
   * annotation needs a constant): the unit test holds it to the constants above.
   */
  public static final String NAMES = "OPERATOR|CORE|SUPPLIER|BANK|GUARANTOR|OBSERVER";
}
