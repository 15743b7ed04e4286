package dev.cascade.ledger.domain.programme;

import java.util.Optional;

/** The programme contracts deployed on the ledger, by id, and the one new certificates use. */
public interface Contracts {

  Optional<String> source(String contractId);

  /** The id of the contract new certificates are issued under, once one is deployed. */
  Optional<String> current();
}
