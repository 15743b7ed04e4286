package dev.cascade.ledger.diagnostics;

/**
 * JNDI names of the server resources that wildfly-config sets up for Cascade. Only the packages the
 * public {@code org.infinispan} module exports are usable (cache, manager, configuration,
 * transport).
 */
final class LedgerResources {

  static final String DATASOURCE = "java:jboss/datasources/CascadeDS";
  static final String CACHE_CONTAINER = "cascade";
  static final String DIAGNOSTICS_CACHE_NAME = "diagnostics";
  static final String DIAGNOSTICS_CACHE =
      "java:jboss/infinispan/cache/" + CACHE_CONTAINER + "/" + DIAGNOSTICS_CACHE_NAME;

  private LedgerResources() {}
}
