/**
 * The tamper-evident chain: a canonical byte encoding, Merkle trees with inclusion proofs that
 * verify offline, blocks linked by hash and signed by their producer, and verification of a chain
 * from genesis that names the first bad height.
 */
package dev.cascade.ledger.chain;
