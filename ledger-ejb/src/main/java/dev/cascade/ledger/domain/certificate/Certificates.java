package dev.cascade.ledger.domain.certificate;

import java.util.List;
import java.util.Optional;

/** The certificates on the ledger, as the world state holds them. */
public interface Certificates {

  Optional<Certificate> certificate(String id);

  /** Every certificate, in id order. */
  List<Certificate> certificates();
}
