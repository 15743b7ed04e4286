/**
 * Installation self-checks for enterprise IT: is the database reachable, is the ledger cache
 * container replicated and transactional, and do a database write and a cache write commit or roll
 * back together.
 */
package dev.cascade.ledger.diagnostics;
