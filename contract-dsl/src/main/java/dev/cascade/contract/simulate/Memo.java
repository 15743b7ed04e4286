package dev.cascade.contract.simulate;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The contract's decisions, remembered across runs: a part's views on a given day are made from the
 * part's facts alone (unless a rule reads what the issuer has used of its credit, which {@link Run}
 * then never remembers), so the verdict on them is the same in every run that asks, and is worked
 * out once. A decision is kept as one long: whether it is known, whether the operation was
 * accepted, whether the part was marked overdue, and the interest a financing charged, in minor
 * units. Slots are written by whichever run asks first; every run would write the same value.
 *
 * <p>The slots of an issuance and of its parts lie side by side, so that a run reads them from
 * memory once: a large portfolio's memo is far larger than a processor's caches.
 */
final class Memo {

  /** A part's decisions: financed when received (or at the start), financed at maturity. */
  static final int FINANCE_ON_RECEIPT = 0;

  static final int FINANCE_AT_MATURITY = 1;

  /** The maturity rules on the part, not financed or financed (then the bank holds it). */
  static final int MATURE = 2;

  static final int MATURE_FINANCED = 3;

  private static final int SLOTS = 4;

  private final AtomicLongArray holdings;

  /** For each pattern and day: its issuance, then each of its parts' slots. */
  private final AtomicLongArray issuances;

  /**
   * For each pattern, whatever the day: its issuance, then each of its parts' slots, for events
   * whose rules decide alike on every day's copy ({@link Rules#shiftInvariant}).
   */
  private final AtomicLongArray anyDay;

  private final int[] anyDayOffsets;

  /**
   * For issue rules monotone in the credit used ({@link Monotone}): for each pattern (and day,
   * unless any day's copy is decided alike), the most used with which an issuance was accepted, and
   * the least with which one was refused.
   */
  private final AtomicLongArray acceptedUpTo;

  private final AtomicLongArray refusedFrom;

  private final int horizon;

  /** The bounds kept for each pattern: one a day and one for any day, or only the latter. */
  private final int days;

  private final long[] offsets;
  private final int[] steps;

  /**
   * @param byDay whether any decision of new business depends on the day it was issued: only then
   *     are slots kept for each day, which for a large portfolio is most of the memo
   */
  Memo(Book book, int horizon, boolean byDay) {
    this.holdings = new AtomicLongArray(book.holdings.size() * SLOTS);
    this.steps = book.patterns.stream().mapToInt(p -> p.steps().size()).toArray();
    this.offsets = new long[steps.length];
    long size = 0;
    for (int p = 0; p < steps.length && byDay; p++) {
      offsets[p] = size;
      size += (long) horizon * stride(p);
    }
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "a portfolio this large leaves no room to remember its new business: "
              + steps.length
              + " certificates observed over "
              + horizon
              + " days");
    }
    this.issuances = new AtomicLongArray((int) size);
    this.anyDayOffsets = new int[steps.length];
    int any = 0;
    for (int p = 0; p < steps.length; p++) {
      anyDayOffsets[p] = any;
      any += stride(p);
    }
    this.anyDay = new AtomicLongArray(any);
    this.horizon = horizon;
    this.days = byDay ? horizon + 1 : 1;
    this.acceptedUpTo = new AtomicLongArray(steps.length * days);
    this.refusedFrom = new AtomicLongArray(steps.length * days);
    for (int i = 0; i < refusedFrom.length(); i++) {
      acceptedUpTo.set(i, Long.MIN_VALUE);
      refusedFrom.set(i, Long.MAX_VALUE);
    }
  }

  /**
   * Whether the issuance is known to be accepted (1) or refused (-1) with {@code used} of the
   * issuer's credit used, from the amounts tried so far; 0 when it must be decided.
   */
  int issueAt(int pattern, int day, boolean anyDay, long used) {
    int at = bound(pattern, day, anyDay);
    if (used <= acceptedUpTo.getOpaque(at)) {
      return 1;
    }
    return used >= refusedFrom.getOpaque(at) ? -1 : 0;
  }

  /** Remembers that the issuance was accepted, or refused, with {@code used} used. */
  void issueAt(int pattern, int day, boolean anyDay, long used, boolean accepted) {
    int at = bound(pattern, day, anyDay);
    if (accepted) {
      acceptedUpTo.accumulateAndGet(at, used, Math::max);
    } else {
      refusedFrom.accumulateAndGet(at, used, Math::min);
    }
  }

  private int bound(int pattern, int day, boolean anyDay) {
    return pattern * days + (anyDay ? days - 1 : day);
  }

  /** A decision as remembered. */
  static long known(boolean accepted, boolean marked, long interest) {
    return 1L | (accepted ? 2L : 0L) | (marked ? 4L : 0L) | (interest << 3);
  }

  static boolean isKnown(long decision) {
    return decision != 0;
  }

  static boolean accepted(long decision) {
    return (decision & 2L) != 0;
  }

  static boolean marked(long decision) {
    return (decision & 4L) != 0;
  }

  static long interest(long decision) {
    return decision >> 3;
  }

  long holding(int holding, int slot) {
    return holdings.getOpaque(holding * SLOTS + slot);
  }

  void holding(int holding, int slot, long decision) {
    holdings.setOpaque(holding * SLOTS + slot, decision);
  }

  /** The issuance of pattern {@code pattern} on {@code day}; on any day when {@code anyDay}. */
  long issue(int pattern, int day, boolean anyDay) {
    return slots(anyDay).getOpaque(at(pattern, day, anyDay));
  }

  void issue(int pattern, int day, boolean anyDay, long decision) {
    slots(anyDay).setOpaque(at(pattern, day, anyDay), decision);
  }

  /** Step {@code step} of pattern {@code pattern} issued on {@code day} (any day: anyDay). */
  long part(int pattern, int day, boolean anyDay, int step, int slot) {
    return slots(anyDay).getOpaque(at(pattern, day, anyDay) + 1 + step * SLOTS + slot);
  }

  void part(int pattern, int day, boolean anyDay, int step, int slot, long decision) {
    slots(anyDay).setOpaque(at(pattern, day, anyDay) + 1 + step * SLOTS + slot, decision);
  }

  private AtomicLongArray slots(boolean anyDay) {
    return anyDay ? this.anyDay : issuances;
  }

  private int at(int pattern, int day, boolean anyDay) {
    return anyDay
        ? anyDayOffsets[pattern]
        : (int) (offsets[pattern] + (long) day * stride(pattern));
  }

  private int stride(int pattern) {
    return 1 + steps[pattern] * SLOTS;
  }
}
