/**
 * The query projection: enterprises, certificates with their lineage, documents, and the block and
 * transaction index, in the database (JPA). The chain is the source of truth; these tables are
 * rebuilt from it whenever they do not match it.
 */
package dev.cascade.ledger.projection;
