package dev.cascade.ledger.application;

import java.util.Optional;
import java.util.SortedMap;

/**
 * Where the ledger keeps its blocks, its world state and its pending transactions: canonical bytes
 * under string keys. The container implements it with the replicated, transactional Infinispan
 * cache; {@link MemoryStore} serves tests and chain replays. Writes become visible to other nodes
 * only when the surrounding transaction commits.
 */
public interface LedgerStore {

  Optional<byte[]> read(String key);

  void write(String key, byte[] value);

  void remove(String key);

  /** Every entry whose key starts with {@code prefix}, in key order. */
  SortedMap<String, byte[]> entries(String prefix);
}
