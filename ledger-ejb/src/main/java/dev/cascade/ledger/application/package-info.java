/**
 * The ledger's application core: signed operations checked in order (signature and nonce, the
 * invariants, the programme's contract), applied to the world state, and sealed into blocks.
 * Storage is a port; the replicated Infinispan store implements it in the container.
 */
package dev.cascade.ledger.application;
