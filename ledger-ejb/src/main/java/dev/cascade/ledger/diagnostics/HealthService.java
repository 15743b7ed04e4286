package dev.cascade.ledger.diagnostics;

import dev.cascade.contract.ProductVersion;
import dev.cascade.ledger.infrastructure.Election;
import dev.cascade.ledger.infrastructure.LedgerFactory;
import dev.cascade.ledger.infrastructure.LedgerResources;
import dev.cascade.ledger.service.ChainFollower;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.infinispan.AdvancedCache;
import org.infinispan.Cache;
import org.infinispan.configuration.cache.Configuration;
import org.infinispan.configuration.cache.TransactionConfiguration;
import org.infinispan.manager.CacheManagerInfo;

/** Answers "is this node fit to serve?" without changing anything. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthService {

  private static final int DATABASE_TIMEOUT_SECONDS = 5;
  private static final String RUNNING = "RUNNING";
  private static final String HEALTH_KEY = "health";

  @Resource(lookup = LedgerResources.DATASOURCE)
  private DataSource dataSource;

  @Resource(lookup = LedgerResources.DIAGNOSTICS_CACHE)
  private Cache<String, String> cache;

  @Inject private LedgerFactory ledgers;
  @Inject private ChainFollower follower;

  public HealthReport check() {
    return HealthReport.of(ProductVersion.current(), database(), cache(), chain());
  }

  private ChainHealth chain() {
    Optional<String> alarm = follower.stuck();
    return new ChainHealth(
        alarm.isPresent() ? HealthReport.Status.DOWN : HealthReport.Status.UP,
        ledgers.ledger().head().map(b -> b.height()).orElse(-1L),
        alarm,
        Election.producing() ? "producer" : "validator",
        Election.producer());
  }

  private DatabaseHealth database() {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      HealthReport.Status status =
          connection.isValid(DATABASE_TIMEOUT_SECONDS)
              ? HealthReport.Status.UP
              : HealthReport.Status.DOWN;
      return new DatabaseHealth(
          status,
          LedgerResources.DATASOURCE,
          Optional.of(metaData.getDatabaseProductName()),
          Optional.of(metaData.getDatabaseProductVersion()),
          Optional.empty());
    } catch (SQLException e) {
      return new DatabaseHealth(
          HealthReport.Status.DOWN,
          LedgerResources.DATASOURCE,
          Optional.empty(),
          Optional.empty(),
          Optional.of(e.getMessage()));
    }
  }

  private CacheHealth cache() {
    AdvancedCache<String, String> advanced = cache.getAdvancedCache();
    Configuration configuration = advanced.getCacheConfiguration();
    CacheManagerInfo manager = advanced.getCacheManager().getCacheManagerInfo();
    Optional<String> error = readError();
    HealthReport.Status status =
        RUNNING.equals(manager.getCacheManagerStatus()) && error.isEmpty()
            ? HealthReport.Status.UP
            : HealthReport.Status.DOWN;
    return new CacheHealth(
        status,
        LedgerResources.CACHE_CONTAINER,
        LedgerResources.DIAGNOSTICS_CACHE_NAME,
        configuration.clustering().cacheMode().name(),
        transactionMode(advanced, configuration.transaction()),
        manager.getClusterMembers(),
        error);
  }

  /** A read is what a minority partition or a stopped cache refuses. */
  private Optional<String> readError() {
    try {
      cache.containsKey(HEALTH_KEY);
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** Maps Infinispan's settings back to the WildFly mode that produced them. */
  private static String transactionMode(
      AdvancedCache<?, ?> cache, TransactionConfiguration transaction) {
    if (cache.getTransactionManager() == null) {
      return "NONE";
    }
    if (transaction.useSynchronization()) {
      return "NON_XA";
    }
    return transaction.recovery().enabled() ? "FULL_XA" : "NON_DURABLE_XA";
  }
}
