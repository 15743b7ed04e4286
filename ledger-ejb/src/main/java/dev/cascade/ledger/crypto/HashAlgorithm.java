package dev.cascade.ledger.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The hash of blocks, transactions and Merkle trees: SM3 or SHA-256, per deployment. */
public enum HashAlgorithm {
  SM3("SM3"),
  SHA_256("SHA-256");

  private final String jcaName;

  HashAlgorithm(String jcaName) {
    this.jcaName = jcaName;
  }

  /** The hash of the concatenation of {@code parts}. */
  public byte[] hash(byte[]... parts) {
    MessageDigest digest = digest();
    for (byte[] part : parts) {
      digest.update(part);
    }
    return digest.digest();
  }

  private MessageDigest digest() {
    try {
      return MessageDigest.getInstance(jcaName, Provider.BOUNCY_CASTLE);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Bouncy Castle lacks " + jcaName, e);
    }
  }
}
