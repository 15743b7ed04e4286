package dev.cascade.ledger.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.LongFunction;

/**
 * The block being filled, in memory: the entries accepted for it, in order, where each accepted
 * transaction is in it, and its time (that of its first transaction). Nothing of it is written
 * anywhere until the block is sealed; the world state its transactions changed is the writer's
 * version, which the block's commit makes the node's.
 */
final class PendingBlock {

  private OptionalLong time = OptionalLong.empty();
  private final List<byte[]> entries = new ArrayList<>();
  private final Map<String, Integer> positions = new HashMap<>();

  /** The block time, once a first entry fixed it. */
  OptionalLong time() {
    return time;
  }

  /**
   * Appends entries (each made from its position in the block) at {@code time}.
   *
   * @return the position of the first of them
   */
  int add(long time, List<LongFunction<byte[]>> added) {
    int first = entries.size();
    for (LongFunction<byte[]> entry : added) {
      entries.add(entry.apply(entries.size()));
    }
    this.time = OptionalLong.of(time);
    return first;
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
    positions.clear();
    time = OptionalLong.empty();
  }
}
