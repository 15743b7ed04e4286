package dev.cascade.ledger.diagnostics;

import jakarta.ejb.ApplicationException;

/**
 * Raised, on request, after a probe has written both its database row and its cache entry. It rolls
 * the transaction back, which proves that neither write survives a failure.
 */
@ApplicationException(rollback = true)
public class ProbeRolledBack extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ProbeResult seenInsideTransaction;

  ProbeRolledBack(ProbeResult seenInsideTransaction) {
    super(
        "probe "
            + seenInsideTransaction.id()
            + " failed on request after writing its database row and cache entry;"
            + " the transaction was rolled back");
    this.seenInsideTransaction = seenInsideTransaction;
  }

  /** Both writes as the transaction saw them just before it failed. */
  public ProbeResult seenInsideTransaction() {
    return seenInsideTransaction;
  }
}
