package dev.cascade.ledger.chain;

import dev.cascade.ledger.crypto.HashAlgorithm;
import java.util.List;

/**
 * A block of the ledger: its height, the hash of the block before it, the Merkle root of its
 * transactions, the state root after them, the block time (the contracts' clock, in epoch
 * milliseconds), who produced it, and the producer's signature over the header.
 *
 * @param transactions the canonical bytes of each transaction, in order
 */
public record Block(
    long height,
    byte[] previousHash,
    byte[] transactionsRoot,
    byte[] stateRoot,
    long time,
    String producer,
    List<byte[]> transactions,
    byte[] signature) {

  public Block {
    transactions = List.copyOf(transactions);
  }

  /** The bytes the producer signs and the next block's previous hash covers. */
  public byte[] header() {
    return new CanonicalWriter()
        .number(height)
        .bytes(previousHash)
        .bytes(transactionsRoot)
        .bytes(stateRoot)
        .number(time)
        .text(producer)
        .toBytes();
  }

  public byte[] hash(HashAlgorithm algorithm) {
    return algorithm.hash(header());
  }
}
