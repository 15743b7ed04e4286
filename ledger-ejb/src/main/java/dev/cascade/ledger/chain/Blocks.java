package dev.cascade.ledger.chain;

import dev.cascade.ledger.crypto.HashAlgorithm;
import dev.cascade.ledger.crypto.SignatureScheme;
import java.security.PrivateKey;
import java.util.List;

/** Makes blocks: the producer's side of the chain. */
public final class Blocks {

  /** What the genesis block names as its previous hash. */
  static final byte[] GENESIS_PARENT = new byte[0];

  private final HashAlgorithm hash;
  private final SignatureScheme signatures;
  private final String producer;
  private final PrivateKey key;

  public Blocks(HashAlgorithm hash, SignatureScheme signatures, String producer, PrivateKey key) {
    this.hash = hash;
    this.signatures = signatures;
    this.producer = producer;
    this.key = key;
  }

  /** The block after {@code previous} (or genesis, when there is none). */
  public Block next(
      java.util.Optional<Block> previous, List<byte[]> transactions, byte[] stateRoot, long time) {
    long height = previous.map(b -> b.height() + 1).orElse(0L);
    byte[] previousHash = previous.map(b -> b.hash(hash)).orElse(GENESIS_PARENT);
    byte[] root = new MerkleTree(hash, transactions).root();
    Block unsigned =
        new Block(height, previousHash, root, stateRoot, time, producer, transactions, new byte[0]);
    byte[] signature = signatures.sign(key, unsigned.header());
    return new Block(
        height, previousHash, root, stateRoot, time, producer, transactions, signature);
  }
}
