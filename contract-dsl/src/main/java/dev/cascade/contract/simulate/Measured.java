package dev.cascade.contract.simulate;

import java.util.List;

/**
 * What one run measured, by tier (index 1 to the highest tier; 0 is unused), in minor units of the
 * currency and in counts, day by day over the horizon: the cash gap of each tier on each day, and,
 * up to each day, the interest paid to finance parts, the parts the contract marked overdue, the
 * face value of parts a default left unpaid; and, for the report, how many issuances and financings
 * took place or were refused.
 */
final class Measured {

  final int tiers;
  final int horizon;

  /** The cash gap of each tier on each day, once {@link #done} has summed the changes. */
  final long[][] gap;

  /** Up to each day, once {@link #done} has summed them: the flows by the day they happened. */
  final long[][] financingCost;

  final long[][] overdue;
  final long[][] defaulted;
  long issued;
  long issuancesRefused;
  long financings;
  long financingsRefused;

  Measured(int tiers, int horizon) {
    this.tiers = tiers;
    this.horizon = horizon;
    this.gap = new long[tiers + 1][horizon + 1];
    this.financingCost = new long[tiers + 1][horizon + 1];
    this.overdue = new long[tiers + 1][horizon + 1];
    this.defaulted = new long[tiers + 1][horizon + 1];
  }

  /** A supplier at {@code tier} waits for {@code amount} from day {@code from} to {@code to}. */
  void gap(int tier, int from, int to, long amount) {
    if (from < to) {
      gap[tier][from] += amount;
      gap[tier][to] -= amount;
    }
  }

  void financed(int tier, long interest, int day) {
    financingCost[tier][day] += interest;
    financings++;
  }

  void financingRefused() {
    financingsRefused++;
  }

  void issued() {
    issued++;
  }

  void issuanceRefused() {
    issuancesRefused++;
  }

  void overdue(int tier, int day) {
    overdue[tier][day]++;
  }

  /**
   * A default leaves {@code amount} unpaid that was due on {@code day}; it counts when that is
   * within the horizon (a part overdue at the start counts on the start day).
   */
  void defaulted(int tier, long amount, int day) {
    if (day < horizon) {
      defaulted[tier][Math.max(day, 0)] += amount;
    }
  }

  /** What a flow came to over the whole horizon. */
  static long total(long[] byDay) {
    return byDay[byDay.length - 2];
  }

  /** Sums the day-by-day changes into the gap on each day, and each flow up to each day. */
  Measured done() {
    for (long[][] measure : List.of(gap, financingCost, overdue, defaulted)) {
      for (long[] tier : measure) {
        for (int day = 1; day <= horizon; day++) {
          tier[day] += tier[day - 1];
        }
      }
    }
    return this;
  }
}
