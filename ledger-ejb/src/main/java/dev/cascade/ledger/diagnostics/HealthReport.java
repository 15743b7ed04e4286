package dev.cascade.ledger.diagnostics;

/**
 * How this node stands: up only when the database and the ledger cache answer and the node follows
 * the chain.
 *
 * @param version the Cascade release running here
 */
public record HealthReport(
    Status status, String version, DatabaseHealth database, CacheHealth cache, ChainHealth chain) {

  /** UP when every part is UP. */
  public enum Status {
    UP,
    DOWN
  }

  static HealthReport of(
      String version, DatabaseHealth database, CacheHealth cache, ChainHealth chain) {
    Status status =
        database.status() == Status.UP && cache.status() == Status.UP && chain.status() == Status.UP
            ? Status.UP
            : Status.DOWN;
    return new HealthReport(status, version, database, cache, chain);
  }
}
