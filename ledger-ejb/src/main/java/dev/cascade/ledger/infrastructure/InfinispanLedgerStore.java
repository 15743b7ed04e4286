package dev.cascade.ledger.infrastructure;

import dev.cascade.ledger.application.LedgerStore;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.infinispan.Cache;

/**
 * The ledger store in the replicated {@code cascade/ledger} cache: canonical bytes under string
 * keys, written in the caller's JTA transaction (FULL_XA), persisted to each node's file store.
 */
public final class InfinispanLedgerStore implements LedgerStore {

  /** The key every writer locks first, so that one transaction at a time extends the ledger. */
  public static final String WRITER_LOCK = "lock/writer";

  private final Cache<String, byte[]> cache;

  public InfinispanLedgerStore(Cache<String, byte[]> cache) {
    this.cache = cache;
  }

  /**
   * Takes the cluster-wide writer lock until the current transaction ends.
   *
   * @throws IllegalStateException when the lock cannot be had
   */
  public void lockWriter() {
    if (!cache.getAdvancedCache().lock(WRITER_LOCK)) {
      throw new IllegalStateException("the ledger's writer lock could not be taken");
    }
  }

  @Override
  public Optional<byte[]> read(String key) {
    return Optional.ofNullable(cache.get(key)).map(byte[]::clone);
  }

  @Override
  public void write(String key, byte[] value) {
    cache.put(key, value.clone());
  }

  /** Writes {@code value} under {@code key} for {@code lifespan}; then it is gone on every node. */
  public void writeFor(String key, byte[] value, java.time.Duration lifespan) {
    cache.put(key, value.clone(), lifespan.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  /**
   * Writes {@code value} under {@code key} for {@code lifespan}, unless a value is there already:
   * then that one is kept, and returned.
   */
  public Optional<byte[]> keepIfAbsent(String key, byte[] value, java.time.Duration lifespan) {
    return Optional.ofNullable(
            cache.putIfAbsent(
                key,
                value.clone(),
                lifespan.toMillis(),
                java.util.concurrent.TimeUnit.MILLISECONDS))
        .map(byte[]::clone);
  }

  @Override
  public void remove(String key) {
    cache.remove(key);
  }

  @Override
  public SortedMap<String, byte[]> entries(String prefix) {
    TreeMap<String, byte[]> entries = new TreeMap<>();
    for (String key : cache.keySet()) {
      if (key.startsWith(prefix)) {
        byte[] value = cache.get(key);
        if (value != null) {
          entries.put(key, value.clone());
        }
      }
    }
    return Collections.unmodifiableSortedMap(entries);
  }
}
