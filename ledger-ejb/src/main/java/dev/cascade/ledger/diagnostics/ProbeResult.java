package dev.cascade.ledger.diagnostics;

import java.util.Optional;

/**
 * A probe as the two stores see it. After a committed probe both are present; after a rolled-back
 * one neither is.
 */
public record ProbeResult(String id, Optional<ProbeRecord> database, Optional<ProbeRecord> cache) {

  public boolean foundAnywhere() {
    return database.isPresent() || cache.isPresent();
  }
}
