package dev.cascade.ledger.service;

import jakarta.ejb.ApplicationException;

/**
 * This node takes no operation: it stopped following the chain at a block it could not apply, and
 * says so rather than build on a state the other nodes do not share; or it cannot hand the
 * operation to the cluster's producer, because no majority of the cluster is up.
 */
@ApplicationException(rollback = true)
public class LedgerUnavailable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LedgerUnavailable(String why) {
    super(why);
  }
}
