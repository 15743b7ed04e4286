package dev.cascade.ledger.application;

import dev.cascade.ledger.chain.CanonicalWriter;
import dev.cascade.ledger.chain.MerkleTree;
import dev.cascade.ledger.crypto.HashAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The state root, a Merkle commitment over every world-state entry, kept up to date entry by entry
 * so that sealing a block hashes only what the block wrote.
 *
 * <p>Defined over the entries alone, so a replay or an auditor gets the same root: each entry's
 * digest is {@code H(canonical(key, value))}; entries fall into {@code buckets} buckets (a power of
 * two, at most 65,536) by the first two bytes of {@code H(key)}, taken modulo the number of
 * buckets; a bucket's hash is the RFC 9162 Merkle root of its digests in key order (an empty bucket
 * hashes to {@code H()}, the hash of nothing); the state root is the RFC 9162 Merkle root of the
 * bucket hashes in bucket order. The number of buckets is recorded with the ledger's first block
 * ({@link Keys#STATE_BUCKETS}).
 *
 * <p>With a power-of-two number of buckets that tree is perfect, so it is kept whole: sealing a
 * block hashes the buckets it wrote, then their paths to the root. With {@value #BUCKETS} buckets a
 * bucket holds a handful of entries even with millions in the state.
 *
 * <p>This index is derived data, kept in this node's memory only: built from the state's entries
 * the first time it is needed. A {@linkplain #StateCommitment transactional} commitment keeps what
 * the current transaction wrote apart until {@link #ended} says whether it committed: the index
 * then takes those writes, or forgets them, as the state does. Only the holder of the ledger's
 * writer calls {@link #begin}, {@link #write}, {@link #root} and {@link #ended}, and a
 * transactional commitment takes writes only from the thread that began.
 */
final class StateCommitment {

  /** The number of buckets of a ledger founded now. */
  static final int BUCKETS = 65_536;

  private static final byte[] LEAF = {0};
  private static final byte[] NODE = {1};

  private final LedgerStore store;
  private final HashAlgorithm hash;
  private final boolean transactional;
  private final int buckets;

  /** Committed digests by key, per bucket (null: empty); null until built from the store. */
  private TreeMap<String, byte[]>[] digests;

  /**
   * The committed tree over the bucket hashes, as an array: node 1 is the root, node {@code i} has
   * children {@code 2i} and {@code 2i + 1}, and bucket {@code b}'s leaf is node {@code buckets +
   * b}.
   */
  private byte[][] nodes;

  /** Committed buckets whose leaf in {@link #nodes} is not worked out yet. */
  private final Set<Integer> stale = new HashSet<>();

  /** The current transaction's buckets: copies of the committed ones, with its writes. */
  private final Map<Integer, TreeMap<String, byte[]>> written = new HashMap<>();

  /** The tree nodes {@link #root} changed for the current transaction; null after a write. */
  private Map<Integer, byte[]> changed;

  /** The thread whose transaction {@link #begin} started; others may not write. */
  private Thread owner;

  /**
   * @param buckets a power of two from 1 to 65,536
   * @param transactional whether writes wait for {@link #ended} (a store in JTA transactions), or
   *     count once the root is worked out (a store in memory)
   */
  StateCommitment(LedgerStore store, HashAlgorithm hash, int buckets, boolean transactional) {
    if (buckets < 1 || buckets > 65_536 || Integer.bitCount(buckets) != 1) {
      throw new IllegalArgumentException(buckets + " buckets: a power of two up to 65,536");
    }
    this.store = store;
    this.hash = hash;
    this.buckets = buckets;
    this.transactional = transactional;
  }

  int buckets() {
    return buckets;
  }

  /**
   * Records that {@code key} now holds {@code value}; its bucket's hash is worked out later. Call
   * it before writing the entry to the store: the first call builds the index from the store.
   */
  synchronized void write(String key, byte[] value) {
    if (transactional && owner != Thread.currentThread()) {
      // the transaction ended under this thread (a timeout, say): nothing it writes counts
      throw new IllegalStateException("the ledger's writer is not held by this thread");
    }
    int bucket = bucket(hash, buckets, key);
    byte[] digest = digest(hash, key, value);
    TreeMap<String, byte[]>[] committed = committed();
    written
        .computeIfAbsent(
            bucket, b -> committed[b] == null ? new TreeMap<>() : new TreeMap<>(committed[b]))
        .put(key, digest);
    changed = null;
  }

  /** The state root, with the current transaction's writes. */
  synchronized byte[] root() {
    committed();
    if (changed == null) {
      changed = new HashMap<>();
      TreeSet<Integer> level = new TreeSet<>();
      for (int bucket : dirty()) {
        TreeMap<String, byte[]> mine = written.get(bucket);
        changed.put(buckets + bucket, leaf(mine != null ? mine : digests[bucket]));
        level.add(buckets + bucket);
      }
      while (!level.isEmpty() && level.first() > 1) {
        TreeSet<Integer> parents = new TreeSet<>();
        for (int node : level) {
          parents.add(node / 2);
        }
        for (int parent : parents) {
          changed.put(parent, hash.hash(NODE, node(2 * parent), node(2 * parent + 1)));
        }
        level = parents;
      }
    }
    byte[] root = node(1);
    if (!transactional) {
      ended(true);
    }
    return root;
  }

  /**
   * The current transaction ended: the index takes its writes if it committed, and forgets them if
   * it rolled back.
   */
  synchronized void ended(boolean committed) {
    owner = null;
    if (committed && digests != null) {
      written.forEach((bucket, mine) -> digests[bucket] = mine.isEmpty() ? null : mine);
      if (changed != null) {
        changed.forEach((node, value) -> nodes[node] = value);
        stale.clear();
      } else {
        stale.addAll(written.keySet());
      }
    }
    written.clear();
    changed = null;
  }

  /** A writer's transaction starts in this thread. */
  synchronized void begin() {
    owner = Thread.currentThread();
    written.clear();
    changed = null;
  }

  private Set<Integer> dirty() {
    Set<Integer> dirty = new TreeSet<>(stale);
    dirty.addAll(written.keySet());
    return dirty;
  }

  private byte[] node(int index) {
    byte[] mine = changed.get(index);
    return mine != null ? mine : nodes[index];
  }

  /** The bucket's leaf in the tree over bucket hashes: RFC 9162's leaf hash of its hash. */
  private byte[] leaf(TreeMap<String, byte[]> bucket) {
    return hash.hash(LEAF, bucketHash(hash, bucket));
  }

  @SuppressWarnings("unchecked")
  private TreeMap<String, byte[]>[] committed() {
    if (digests == null) {
      TreeMap<String, byte[]>[] built = new TreeMap[buckets];
      store
          .entries(Keys.STATE)
          .forEach(
              (key, value) -> {
                int b = bucket(hash, buckets, key);
                if (built[b] == null) {
                  built[b] = new TreeMap<>();
                }
                built[b].put(key, digest(hash, key, value));
              });
      // every bucket empty first: each level of the tree is one hash, repeated
      byte[][] tree = new byte[2 * buckets][];
      byte[] empty = leaf(null);
      for (int width = buckets; width >= 1; width /= 2) {
        for (int i = width; i < 2 * width; i++) {
          tree[i] = empty;
        }
        empty = hash.hash(NODE, empty, empty);
      }
      digests = built;
      nodes = tree;
      stale.clear();
      for (int b = 0; b < buckets; b++) {
        if (built[b] != null) {
          stale.add(b);
        }
      }
    }
    return digests;
  }

  /**
   * The root of {@code entries} in {@code buckets} buckets, worked out from scratch with the RFC
   * 9162 tree of {@link MerkleTree}: what {@link #root()} must equal.
   */
  static byte[] rootOf(HashAlgorithm hash, int buckets, Map<String, byte[]> entries) {
    List<TreeMap<String, byte[]>> all = new ArrayList<>(buckets);
    for (int b = 0; b < buckets; b++) {
      all.add(new TreeMap<>());
    }
    entries.forEach(
        (key, value) -> all.get(bucket(hash, buckets, key)).put(key, digest(hash, key, value)));
    List<byte[]> hashes = new ArrayList<>(buckets);
    all.forEach(digests -> hashes.add(bucketHash(hash, digests)));
    return new MerkleTree(hash, hashes).root();
  }

  static int bucket(HashAlgorithm hash, int buckets, String key) {
    byte[] h = hash.hash(key.getBytes(StandardCharsets.UTF_8));
    return ((h[0] & 0xff) << 8 | (h[1] & 0xff)) % buckets;
  }

  private static byte[] digest(HashAlgorithm hash, String key, byte[] value) {
    return hash.hash(new CanonicalWriter().text(key).bytes(value).toBytes());
  }

  private static byte[] bucketHash(HashAlgorithm hash, TreeMap<String, byte[]> digests) {
    return new MerkleTree(hash, digests == null ? List.of() : new ArrayList<>(digests.values()))
        .root();
  }
}
