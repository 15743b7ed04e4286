package dev.cascade.ledger.infrastructure;

import jakarta.ejb.ApplicationException;

/** The server cannot sign for an enterprise: no key in custody, or no deployment secret. */
@ApplicationException(rollback = true)
public class CustodyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CustodyException(String message) {
    super(message);
  }
}
