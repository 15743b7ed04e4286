package dev.cascade.ledger.application;

import java.util.Optional;
import java.util.SortedMap;

/**
 * Canonical bytes under string keys. The ledger keeps its chain in one (the replicated,
 * transactional Infinispan cache in the container, where writes become visible to other nodes only
 * when the surrounding transaction commits; {@link MemoryStore} in tests), and each node its world
 * state in another, in memory ({@link StateStore}).
 */
public interface LedgerStore {

  Optional<byte[]> read(String key);

  void write(String key, byte[] value);

  void remove(String key);

  /** Every entry whose key starts with {@code prefix}, in key order. */
  SortedMap<String, byte[]> entries(String prefix);
}
