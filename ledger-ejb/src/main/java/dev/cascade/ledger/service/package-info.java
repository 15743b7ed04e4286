/**
 * The ledger's services in the container: the validator that admits transactions, the writer that
 * applies them one at a time under the cluster-wide writer lock, the block producer, the ledger
 * service the REST interface calls, and the start-up tasks (projection check, demo data).
 */
package dev.cascade.ledger.service;
