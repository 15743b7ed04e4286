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
  OBSERVER
}
