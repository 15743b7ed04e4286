package dev.cascade.web.health;

import dev.cascade.ledger.diagnostics.CacheHealth;
import dev.cascade.ledger.diagnostics.DatabaseHealth;
import dev.cascade.ledger.diagnostics.HealthReport;
import java.util.List;

/** The JSON shape of {@code /api/health}; absent values are left out. */
public record HealthJson(
    String status, String version, Database database, Cache cache, Chain chain) {

  /** The datasource part. */
  public record Database(
      String status, String jndiName, String product, String productVersion, String error) {}

  /** The ledger cache part. */
  public record Cache(
      String status,
      String container,
      String cache,
      String mode,
      String transactionMode,
      List<String> members,
      String error) {}

  /**
   * The chain part: the height this node applied, the alarm that stopped it, if one did, this
   * node's role (producer or validator) and the member elected to produce (null while none is).
   */
  public record Chain(String status, long height, String alarm, String role, String producer) {}

  static HealthJson from(HealthReport report) {
    return new HealthJson(
        report.status().name(),
        report.version(),
        database(report.database()),
        cache(report.cache()),
        new Chain(
            report.chain().status().name(),
            report.chain().height(),
            report.chain().alarm().orElse(null),
            report.chain().role(),
            report.chain().producer().orElse(null)));
  }

  private static Database database(DatabaseHealth database) {
    return new Database(
        database.status().name(),
        database.jndiName(),
        database.product().orElse(null),
        database.productVersion().orElse(null),
        database.error().orElse(null));
  }

  private static Cache cache(CacheHealth cache) {
    return new Cache(
        cache.status().name(),
        cache.container(),
        cache.cache(),
        cache.mode(),
        cache.transactionMode(),
        cache.members(),
        cache.error().orElse(null));
  }
}
