package dev.cascade.ledger.transaction;

/** A transaction and its signer's signature over its canonical bytes. */
public record SignedTransaction(Transaction transaction, byte[] signature) {}
