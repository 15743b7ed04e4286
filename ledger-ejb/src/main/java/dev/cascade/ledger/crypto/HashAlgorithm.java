package dev.cascade.ledger.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The hash of blocks, transactions and Merkle trees: SM3 or SHA-256, per deployment. */
public enum HashAlgorithm {
  SM3("SM3"),
  SHA_256("SHA-256");

  private final String jcaName;

  /**
   * Looking a digest up in the provider costs more than hashing a transaction, so digests are
   * reused. A pool rather than thread-locals: a container's threads outlive a deployment.
   */
  private final Queue<MessageDigest> digests = new ConcurrentLinkedQueue<>();

  HashAlgorithm(String jcaName) {
    this.jcaName = jcaName;
  }

  /** The hash of the concatenation of {@code parts}. */
  public byte[] hash(byte[]... parts) {
    MessageDigest digest = Optional.ofNullable(digests.poll()).orElseGet(this::newDigest);
    for (byte[] part : parts) {
      digest.update(part);
    }
    byte[] result = digest.digest(); // resets the digest
    digests.offer(digest);
    return result;
  }

  private MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance(jcaName, Provider.BOUNCY_CASTLE);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Bouncy Castle lacks " + jcaName, e);
    }
  }
}
