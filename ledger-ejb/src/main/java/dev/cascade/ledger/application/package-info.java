/**
 * The ledger's application core: signed operations checked in order (signature and nonce, the
 * invariants, the programme's contract), applied to this node's world state in memory, and sealed
 * into blocks. The chain is stored through a port, which the replicated Infinispan store implements
 * in the container; the world state is derived from it (recovery from snapshots and blocks).
 */
package dev.cascade.ledger.application;
