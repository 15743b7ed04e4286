package dev.cascade.ledger.application;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A chain store in memory, not in transactions: for tests, and for replaying a chain to check it.
 */
public final class MemoryStore implements LedgerStore {

  private final TreeMap<String, byte[]> entries = new TreeMap<>();

  @Override
  public Optional<byte[]> read(String key) {
    return Optional.ofNullable(entries.get(key)).map(byte[]::clone);
  }

  @Override
  public void write(String key, byte[] value) {
    entries.put(key, value.clone());
  }

  @Override
  public void remove(String key) {
    entries.remove(key);
  }

  @Override
  public SortedMap<String, byte[]> entries(String prefix) {
    // Keys are ASCII-prefixed; every key with the prefix sorts below prefix + U+FFFF.
    return Collections.unmodifiableSortedMap(
        new TreeMap<>(entries.subMap(prefix, prefix + Character.MAX_VALUE)));
  }
}
