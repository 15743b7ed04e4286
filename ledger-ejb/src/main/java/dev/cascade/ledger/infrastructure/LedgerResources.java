package dev.cascade.ledger.infrastructure;

/**
 * JNDI names of the server resources that wildfly-config sets up for Cascade. Only the packages the
 * public {@code org.infinispan} module exports are usable (cache, manager, configuration,
 * transport).
 */
public final class LedgerResources {

  public static final String DATASOURCE = "java:jboss/datasources/CascadeDS";
  public static final String CACHE_CONTAINER = "cascade";
  public static final String DIAGNOSTICS_CACHE_NAME = "diagnostics";
  public static final String DIAGNOSTICS_CACHE =
      "java:jboss/infinispan/cache/" + CACHE_CONTAINER + "/" + DIAGNOSTICS_CACHE_NAME;

  public static final String LEDGER_CACHE_NAME = "ledger";
  public static final String LEDGER_CACHE =
      "java:jboss/infinispan/cache/" + CACHE_CONTAINER + "/" + LEDGER_CACHE_NAME;
  public static final String CUSTODY_CACHE_NAME = "custody";
  public static final String CUSTODY_CACHE =
      "java:jboss/infinispan/cache/" + CACHE_CONTAINER + "/" + CUSTODY_CACHE_NAME;

  private LedgerResources() {}
}
