package dev.cascade.ledger.application;

import dev.cascade.ledger.chain.CanonicalWriter;
import dev.cascade.ledger.chain.MerkleTree;
import dev.cascade.ledger.crypto.HashAlgorithm;
import dev.cascade.ledger.domain.Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The certificates and used invoices, in key order, so that the state root is the same on every
 * node. Changes are applied all at once or not at all.
 */
final class WorldState {

  private final Map<String, Certificate> certificates = new TreeMap<>();
  private final Set<String> invoices = new TreeSet<>();

  Optional<Certificate> certificate(String id) {
    return Optional.ofNullable(certificates.get(id));
  }

  Collection<Certificate> certificates() {
    return certificates.values();
  }

  boolean invoiceUsed(String fingerprint) {
    return invoices.contains(fingerprint);
  }

  void apply(List<Certificate> changed, Optional<String> invoice) {
    changed.forEach(certificate -> certificates.put(certificate.id(), certificate));
    invoice.ifPresent(invoices::add);
  }

  /** The Merkle root over every certificate and used invoice, in key order. */
  byte[] root(HashAlgorithm hash) {
    List<byte[]> entries = new ArrayList<>();
    for (Certificate c : certificates.values()) {
      entries.add(
          new CanonicalWriter()
              .text("certificate")
              .text(c.id())
              .text(c.rootIssuer())
              .text(c.holder())
              .text(c.amount().toString())
              .text(c.issued().toString())
              .text(c.maturity().toString())
              .text(c.state().name())
              .text(c.parentId().orElse(""))
              .number(c.tier())
              .text(c.pledgee().orElse(""))
              .flag(c.financed())
              .toBytes());
    }
    for (String invoice : invoices) {
      entries.add(new CanonicalWriter().text("invoice").text(invoice).toBytes());
    }
    return new MerkleTree(hash, entries).root();
  }
}
