package dev.cascade.ledger.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * The block being filled: the entries accepted for it, in order, and its time (that of its first
 * transaction). Kept in the store ({@link #stored}) when filling and sealing are separate
 * transactions, or in memory ({@link #inMemory}) when one transaction fills and seals the block, so
 * that what would be written and removed again before commit is never written at all.
 */
abstract class PendingBlock {

  /** The block time, once a first entry fixed it. */
  abstract OptionalLong time();

  /** Appends entries (each made from its position in the block) at {@code time}. */
  abstract void add(long time, List<LongFunction<byte[]>> entries);

  /** Remembers that the transaction {@code id} waits in this block. */
  abstract void hold(String id);

  abstract boolean holds(String id);

  /** The entries, in order. */
  abstract List<byte[]> entries();

  /** Empties the block once it is sealed; {@code ids} are those of its entries. */
  abstract void clear(List<String> ids);

  static PendingBlock stored(LedgerStore store) {
    return new Stored(store);
  }

  /**
   * The block in memory, starting with what {@code stored} held, which is taken out of the store:
   * for one caller that fills and seals it in one transaction.
   */
  static PendingBlock inMemory(PendingBlock stored, List<String> storedIds) {
    InMemory block = new InMemory();
    List<byte[]> entries = stored.entries();
    if (!entries.isEmpty()) {
      block.time = stored.time();
      block.entries.addAll(entries);
      block.ids.addAll(storedIds);
      stored.clear(storedIds);
    }
    return block;
  }

  /** Under {@link Keys#PENDING}: entries by position, their count, the time, the ids. */
  private static final class Stored extends PendingBlock {
    private final LedgerStore store;

    Stored(LedgerStore store) {
      this.store = store;
    }

    @Override
    OptionalLong time() {
      return store
          .read(Keys.PENDING_TIME)
          .map(bytes -> OptionalLong.of(StateCodec.number(bytes)))
          .orElse(OptionalLong.empty());
    }

    private long count() {
      return store.read(Keys.PENDING_NEXT).map(StateCodec::number).orElse(0L);
    }

    @Override
    void add(long time, List<LongFunction<byte[]>> entries) {
      long next = count();
      for (LongFunction<byte[]> entry : entries) {
        store.write(Keys.pending(next), entry.apply(next));
        next++;
      }
      store.write(Keys.PENDING_NEXT, StateCodec.number(next));
      store.write(Keys.PENDING_TIME, StateCodec.number(time));
    }

    @Override
    void hold(String id) {
      store.write(Keys.PENDING_ID + id, new byte[0]);
    }

    @Override
    boolean holds(String id) {
      return store.read(Keys.PENDING_ID + id).isPresent();
    }

    @Override
    List<byte[]> entries() {
      long count = count();
      List<byte[]> entries = new ArrayList<>();
      for (long i = 0; i < count; i++) {
        entries.add(store.read(Keys.pending(i)).orElseThrow());
      }
      return entries;
    }

    @Override
    void clear(List<String> ids) {
      long count = count();
      for (long i = 0; i < count; i++) {
        store.remove(Keys.pending(i));
      }
      ids.forEach(id -> store.remove(Keys.PENDING_ID + id));
      store.remove(Keys.PENDING_TIME);
      store.remove(Keys.PENDING_NEXT);
    }
  }

  private static final class InMemory extends PendingBlock {
    private OptionalLong time = OptionalLong.empty();
    private final List<byte[]> entries = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    @Override
    OptionalLong time() {
      return time;
    }

    @Override
    void add(long time, List<LongFunction<byte[]>> added) {
      for (LongFunction<byte[]> entry : added) {
        entries.add(entry.apply(entries.size()));
      }
      this.time = OptionalLong.of(time);
    }

    @Override
    void hold(String id) {
      ids.add(id);
    }

    @Override
    boolean holds(String id) {
      return ids.contains(id);
    }

    @Override
    List<byte[]> entries() {
      return List.copyOf(entries);
    }

    @Override
    void clear(List<String> sealed) {
      entries.clear();
      ids.clear();
      time = OptionalLong.empty();
    }
  }
}
