package dev.cascade.ledger.application;

import dev.cascade.ledger.chain.CanonicalReader;
import dev.cascade.ledger.chain.CanonicalWriter;
import dev.cascade.ledger.chain.MerkleTree;
import dev.cascade.ledger.crypto.HashAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The state root, a Merkle commitment over every world-state entry, kept up to date entry by entry
 * so that sealing a block reads neither the whole state nor the whole index.
 *
 * <p>Defined over the entries alone, so a replay or an auditor gets the same root: each entry's
 * digest is {@code H(canonical(key, value))}; entries fall into {@value #BUCKETS} buckets by the
 * first two bytes of {@code H(key)}; a bucket's hash is the RFC 9162 Merkle root of its digests in
 * key order; the state root is the Merkle root of the bucket hashes in bucket order.
 *
 * <p>The index is derived data, outside the state it commits to: each bucket's digests ({@link
 * Keys#STATE_INDEX}) and, apart, its hash ({@link Keys#STATE_BUCKET_HASH}). A write records the
 * entry's digest and drops the bucket's hash; {@link #root()} works out each dropped hash once,
 * however many entries of the bucket the block wrote, and reads only the small hash entries of the
 * others.
 */
final class StateCommitment {

  static final int BUCKETS = 1024;

  private final LedgerStore store;
  private final HashAlgorithm hash;

  StateCommitment(LedgerStore store, HashAlgorithm hash) {
    this.store = store;
    this.hash = hash;
  }

  /** Records that {@code key} now holds {@code value}; its bucket's hash is worked out later. */
  void write(String key, byte[] value) {
    int bucket = bucket(hash, key);
    TreeMap<String, byte[]> digests = digests(bucket);
    digests.put(key, digest(hash, key, value));
    store.write(digestsKey(bucket), encode(digests));
    store.remove(hashKey(bucket));
  }

  /**
   * The state root. Works out and stores the hash of every bucket written since the last call: so
   * only whoever holds the writer calls it, when sealing a block.
   */
  byte[] root() {
    byte[] empty = bucketHash(hash, new TreeMap<>());
    List<byte[]> buckets = new ArrayList<>(BUCKETS);
    for (int b = 0; b < BUCKETS; b++) {
      Optional<byte[]> known = store.read(hashKey(b));
      if (known.isPresent()) {
        buckets.add(known.get());
      } else if (store.read(digestsKey(b)).isEmpty()) {
        buckets.add(empty);
      } else {
        byte[] bucketHash = bucketHash(hash, digests(b));
        store.write(hashKey(b), bucketHash);
        buckets.add(bucketHash);
      }
    }
    return new MerkleTree(hash, buckets).root();
  }

  /** The root of {@code entries}, worked out from scratch: what {@link #root()} must equal. */
  static byte[] rootOf(HashAlgorithm hash, Map<String, byte[]> entries) {
    List<TreeMap<String, byte[]>> buckets = new ArrayList<>(BUCKETS);
    for (int b = 0; b < BUCKETS; b++) {
      buckets.add(new TreeMap<>());
    }
    entries.forEach(
        (key, value) -> buckets.get(bucket(hash, key)).put(key, digest(hash, key, value)));
    List<byte[]> hashes = new ArrayList<>(BUCKETS);
    buckets.forEach(digests -> hashes.add(bucketHash(hash, digests)));
    return new MerkleTree(hash, hashes).root();
  }

  static int bucket(HashAlgorithm hash, String key) {
    byte[] h = hash.hash(key.getBytes(StandardCharsets.UTF_8));
    return ((h[0] & 0xff) << 8 | (h[1] & 0xff)) % BUCKETS;
  }

  private static byte[] digest(HashAlgorithm hash, String key, byte[] value) {
    return hash.hash(new CanonicalWriter().text(key).bytes(value).toBytes());
  }

  private static byte[] bucketHash(HashAlgorithm hash, TreeMap<String, byte[]> digests) {
    return new MerkleTree(hash, new ArrayList<>(digests.values())).root();
  }

  /** The bucket's digests by key; what follows them in the entry (older versions kept the hash). */
  private TreeMap<String, byte[]> digests(int bucket) {
    TreeMap<String, byte[]> digests = new TreeMap<>();
    store
        .read(digestsKey(bucket))
        .ifPresent(
            bytes -> {
              CanonicalReader in = new CanonicalReader(bytes);
              long count = in.number();
              for (long i = 0; i < count; i++) {
                digests.put(in.text(), in.bytes());
              }
            });
    return digests;
  }

  private static byte[] encode(TreeMap<String, byte[]> digests) {
    CanonicalWriter out = new CanonicalWriter().number(digests.size());
    digests.forEach((key, digest) -> out.text(key).bytes(digest));
    return out.toBytes();
  }

  private static String digestsKey(int bucket) {
    return Keys.STATE_INDEX + Keys.padded(bucket, 4);
  }

  private static String hashKey(int bucket) {
    return Keys.STATE_BUCKET_HASH + Keys.padded(bucket, 4);
  }
}
