package dev.cascade.ledger.domain.certificate;

/** Where a certificate is in its life. */
public enum CertificateState {
  /** Issued by the core enterprise, not yet accepted by the first holder. */
  ISSUED,
  /** Accepted: it can be transferred, split, financed and pledged. */
  ACCEPTED,
  /** Past maturity and unpaid. */
  OVERDUE,
  /** Paid at maturity; nothing more can happen to it. */
  SETTLED,
  /** Cancelled before acceptance; nothing more can happen to it. */
  CANCELLED,
  /** Split into parts or wholly transferred onwards; its parts carry on. */
  SUPERSEDED;

  /**
   * Every state's name, as a regular expression's alternatives, for request validation (an
   * annotation needs a constant): the unit test holds it to the constants above.
   */
  public static final String NAMES = "ISSUED|ACCEPTED|OVERDUE|SETTLED|CANCELLED|SUPERSEDED";

  public boolean isFinal() {
    return this == SETTLED || this == CANCELLED || this == SUPERSEDED;
  }
}
