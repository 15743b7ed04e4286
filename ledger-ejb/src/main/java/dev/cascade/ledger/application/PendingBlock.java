package dev.cascade.ledger.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The block being filled, in memory: the entries accepted for it, in order, what each of them is
 * (worked out once, as it is added), where each accepted transaction is in it, and its time (that
 * of its first transaction). Nothing of it is written anywhere until the block is sealed; the world
 * state its transactions changed is the writer's version, which the block's commit makes the
 * node's.
 */
final class PendingBlock {

  private final Function<byte[], Ledger.Entry> describer;
  private OptionalLong time = OptionalLong.empty();
  private final List<byte[]> entries = new ArrayList<>();
  private final List<Ledger.Entry> described = new ArrayList<>();
  private final Map<String, Integer> positions = new HashMap<>();

  /**
   * @param describer what an entry whose description is not given is (its bytes hashed and read)
   */
  PendingBlock(Function<byte[], Ledger.Entry> describer) {
    this.describer = describer;
  }

  /** The block time, once a first entry fixed it. */
  OptionalLong time() {
    return time;
  }

  /**
   * Appends an entry at {@code time}, described by the caller, who has read it already.
   *
   * @return its position
   */
  int add(long time, byte[] entry, Ledger.Entry description) {
    entries.add(entry);
    described.add(description);
    this.time = OptionalLong.of(time);
    return entries.size() - 1;
  }

  /** Appends an entry made from its position in the block, at {@code time}. */
  void add(long time, LongFunction<byte[]> made) {
    byte[] entry = made.apply(entries.size());
    add(time, entry, describer.apply(entry));
  }

  /** Remembers that the transaction {@code id} is at {@code position} in this block. */
  void hold(String id, int position) {
    positions.put(id, position);
  }

  boolean holds(String id) {
    return positions.containsKey(id);
  }

  /** Where the transaction {@code id} is in this block. */
  OptionalInt position(String id) {
    Integer position = positions.get(id);
    return position == null ? OptionalInt.empty() : OptionalInt.of(position);
  }

  /** The entries, in order. */
  List<byte[]> entries() {
    return List.copyOf(entries);
  }

  /** What each entry is, in order. */
  List<Ledger.Entry> described() {
    return List.copyOf(described);
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The positions of its transactions, by id, to answer where they are once it is sealed. */
  Map<String, Integer> positions() {
    return Map.copyOf(positions);
  }

  /** Empties the block once it is sealed. */
  void clear() {
    entries.clear();
    described.clear();
    positions.clear();
    time = OptionalLong.empty();
  }
}
