/**
 * Infrastructure the container provides: the replicated Infinispan ledger store, custodial keys in
 * BCFKS keystores, and the deployment's settings.
 */
package dev.cascade.ledger.infrastructure;
