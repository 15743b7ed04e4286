package dev.cascade.ledger.domain;

import dev.cascade.ledger.domain.certificate.Certificate;
import dev.cascade.ledger.domain.certificate.Payout;
import java.util.List;
import java.util.Optional;

/**
 * What an operation does: the certificate it acts on as it was (for operations on a certificate),
 * the changes it makes (a certificate's successors first, in the order the operation made them),
 * and who a payment paid.
 */
public record Effect(Optional<Certificate> before, List<Change> changes, List<Payout> payouts) {

  public Effect {
    changes = List.copyOf(changes);
    payouts = List.copyOf(payouts);
  }

  /** The effect of an operation on no certificate. */
  public static Effect of(List<Change> changes) {
    return new Effect(Optional.empty(), changes, List.of());
  }

  /** The effect of an operation that changes only certificates: {@code before}'s successors. */
  public static Effect successors(Certificate before, List<Certificate> after) {
    return of(before, after.stream().map(c -> (Change) new Change.CertificateChanged(c)).toList());
  }

  /** The effect of an operation on {@code before}. */
  public static Effect of(Certificate before, List<Change> changes) {
    return new Effect(Optional.of(before), changes, List.of());
  }

  /** The certificates as they are afterwards, in the order the operation made them. */
  public List<Certificate> certificates() {
    return changes.stream()
        .filter(Change.CertificateChanged.class::isInstance)
        .map(c -> ((Change.CertificateChanged) c).certificate())
        .toList();
  }
}
