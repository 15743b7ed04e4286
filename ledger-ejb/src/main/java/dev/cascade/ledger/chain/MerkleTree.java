package dev.cascade.ledger.chain;

import dev.cascade.ledger.crypto.HashAlgorithm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A Merkle tree as RFC 9162 (Certificate Transparency) defines it: leaves hashed with a 0x00
 * prefix, inner nodes with 0x01, the tree split at the largest power of two below its size. Its
 * inclusion proofs are the RFC's audit paths, so any RFC 9162 verifier can check them.
 */
public final class MerkleTree {

  private static final byte[] LEAF = {0};
  private static final byte[] NODE = {1};

  private final HashAlgorithm hash;
  private final List<byte[]> leaves;

  public MerkleTree(HashAlgorithm hash, List<byte[]> entries) {
    this.hash = hash;
    this.leaves = new ArrayList<>(entries.size());
    for (byte[] entry : entries) {
      leaves.add(hash.hash(LEAF, entry));
    }
  }

  public int size() {
    return leaves.size();
  }

  public byte[] root() {
    return leaves.isEmpty() ? hash.hash() : root(0, leaves.size());
  }

  /** The audit path of entry {@code index}, leaf side first. */
  public List<byte[]> proof(int index) {
    if (index < 0 || index >= leaves.size()) {
      throw new IndexOutOfBoundsException("no entry " + index + " in a tree of " + leaves.size());
    }
    List<byte[]> path = new ArrayList<>();
    path(index, 0, leaves.size(), path);
    return path;
  }

  private byte[] root(int from, int to) {
    if (to - from == 1) {
      return leaves.get(from);
    }
    int split = from + largestPowerOfTwoBelow(to - from);
    return hash.hash(NODE, root(from, split), root(split, to));
  }

  private void path(int index, int from, int to, List<byte[]> path) {
    if (to - from == 1) {
      return;
    }
    int split = from + largestPowerOfTwoBelow(to - from);
    if (index < split) {
      path(index, from, split, path);
      path.add(root(split, to));
    } else {
      path(index, split, to, path);
      path.add(root(from, split));
    }
  }

  static int largestPowerOfTwoBelow(int n) {
    return Integer.highestOneBit(n - 1);
  }

  /**
   * Checks an inclusion proof without the tree: RFC 9162 §2.1.3.2. Needs only the entry, its index,
   * the tree's size, the proof and the root the block carries.
   */
  public static boolean verify(
      HashAlgorithm hash, byte[] entry, long index, long size, List<byte[]> proof, byte[] root) {
    if (index < 0 || index >= size) {
      return false;
    }
    long fn = index;
    long sn = size - 1;
    byte[] r = hash.hash(LEAF, entry);
    for (byte[] p : proof) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = hash.hash(NODE, p, r);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        r = hash.hash(NODE, r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && Arrays.equals(r, root);
  }
}
