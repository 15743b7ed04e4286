package dev.cascade.ledger.application;

import java.util.Optional;
import java.util.SortedMap;
import org.pcollections.PSortedMap;
import org.pcollections.TreePMap;

/**
 * This node's world state, in its memory: canonical bytes under {@link Keys#STATE} keys, in a
 * persistent sorted map. Nothing here is written to the replicated store; each node derives it by
 * applying the chain's blocks, and snapshots it to its own disk now and then.
 *
 * <p>Readers see the committed state, whole, as it was after the last block that committed; the
 * writer (the thread that called {@link #begin}) works on its own version of it, which {@link
 * #ended ended(true)} makes the committed one in a single step and {@code ended(false)} drops. A
 * persistent map shares all it did not change with the version before, so neither costs a copy. A
 * store that is not {@linkplain #StateStore(boolean) transactional} commits every write at once.
 *
 * <p>Values are kept as given and handed out as kept: nobody may change a value's bytes.
 */
public final class StateStore implements LedgerStore {

  private final boolean transactional;

  private volatile PSortedMap<String, byte[]> committed = TreePMap.empty();

  /** The writer's version, from {@link #begin} to {@link #ended}; null otherwise. */
  private PSortedMap<String, byte[]> working;

  private Thread owner;

  /**
   * @param transactional whether writes wait for {@link #ended} to say whether they count
   */
  public StateStore(boolean transactional) {
    this.transactional = transactional;
  }

  /** The writer's transaction starts in this thread: it now reads and writes its own version. */
  synchronized void begin() {
    if (transactional) {
      owner = Thread.currentThread();
      working = committed;
    }
  }

  /** The writer's transaction ended: its version becomes the committed one, or is dropped. */
  synchronized void ended(boolean commit) {
    if (transactional && working != null) {
      if (commit) {
        committed = working;
      }
      working = null;
      owner = null;
    }
  }

  /** The committed state, whole: it never changes, whatever is written later. */
  public PSortedMap<String, byte[]> committed() {
    return committed;
  }

  /** Replaces the whole state, before anything reads or writes it: a snapshot loaded at start. */
  synchronized void load(SortedMap<String, byte[]> entries) {
    committed = TreePMap.fromSortedMap(entries);
    working = null;
    owner = null;
  }

  private PSortedMap<String, byte[]> current() {
    PSortedMap<String, byte[]> mine = working;
    return mine != null && owner == Thread.currentThread() ? mine : committed;
  }

  @Override
  public Optional<byte[]> read(String key) {
    return Optional.ofNullable(current().get(key));
  }

  @Override
  public synchronized void write(String key, byte[] value) {
    if (!transactional) {
      committed = committed.plus(key, value);
    } else if (working != null && owner == Thread.currentThread()) {
      working = working.plus(key, value);
    } else {
      // the transaction ended under this thread (a timeout, say): nothing it writes counts
      throw new IllegalStateException("the ledger's writer is not held by this thread");
    }
  }

  @Override
  public synchronized void remove(String key) {
    if (!transactional) {
      committed = committed.minus(key);
    } else if (working != null && owner == Thread.currentThread()) {
      working = working.minus(key);
    } else {
      throw new IllegalStateException("the ledger's writer is not held by this thread");
    }
  }

  @Override
  public SortedMap<String, byte[]> entries(String prefix) {
    // Keys are ASCII-prefixed; every key with the prefix sorts below prefix + U+FFFF.
    return current().subMap(prefix, prefix + Character.MAX_VALUE);
  }
}
