package dev.cascade.ledger.domain.enterprise;

import java.util.Optional;

/** The enterprises on the ledger, as the world state holds them. */
public interface Enterprises {

  Optional<Enterprise> enterprise(String name);

  /** Whether the ledger's first registration has happened. */
  boolean founded();
}
