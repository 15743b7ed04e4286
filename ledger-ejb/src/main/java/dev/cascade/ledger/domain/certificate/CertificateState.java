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

  public boolean isFinal() {
    return this == SETTLED || this == CANCELLED || this == SUPERSEDED;
  }
}
