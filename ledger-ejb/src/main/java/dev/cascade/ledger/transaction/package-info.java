/**
 * Signed transactions: one canonical encoding of what an enterprise asks the ledger to do, its
 * signature, and a nonce per signer that makes every transaction usable once.
 */
package dev.cascade.ledger.transaction;
