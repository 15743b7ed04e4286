package dev.cascade.ledger.application;

import dev.cascade.ledger.domain.Certificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An operation's effect on the world state, worked out but not yet applied: the certificate as it
 * was, the certificates as they are afterwards, the other state entries written, and who a payment
 * paid.
 */
record Staged(
    Optional<Certificate> before,
    List<Certificate> changed,
    SortedMap<String, byte[]> writes,
    List<Outcome.Payout> payouts) {

  Staged {
    changed = List.copyOf(changed);
    writes = new TreeMap<>(writes);
    payouts = List.copyOf(payouts);
  }

  static Staged writes(Map<String, byte[]> writes) {
    return new Staged(Optional.empty(), List.of(), new TreeMap<>(writes), List.of());
  }

  static Staged certificates(Certificate before, List<Certificate> changed) {
    return new Staged(Optional.of(before), changed, new TreeMap<>(), List.of());
  }

  /** Every state entry this operation writes, certificates included. */
  SortedMap<String, byte[]> allWrites() {
    SortedMap<String, byte[]> all = new TreeMap<>(writes);
    changed.forEach(c -> all.put(Keys.CERTIFICATE + c.id(), StateCodec.certificate(c)));
    return all;
  }
}
