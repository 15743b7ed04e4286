package dev.cascade.contract.simulate;

/**
 * What one run measured, by tier (index 1 to the highest tier; 0 is unused), in minor units of the
 * currency and in counts: the cash gap of each tier on each day of the horizon, the interest paid
 * to finance parts, the parts the contract marked overdue, the face value of parts a default left
 * unpaid; and, for the report, how many issuances and financings took place or were refused.
 */
final class Measured {

  final int tiers;
  final int horizon;

  /** The cash gap of each tier on each day, once {@link #done} has summed the changes. */
  final long[][] gap;

  final long[] financingCost;
  final long[] overdue;
  final long[] defaulted;
  long issued;
  long issuancesRefused;
  long financings;
  long financingsRefused;

  Measured(int tiers, int horizon) {
    this.tiers = tiers;
    this.horizon = horizon;
    this.gap = new long[tiers + 1][horizon + 1];
    this.financingCost = new long[tiers + 1];
    this.overdue = new long[tiers + 1];
    this.defaulted = new long[tiers + 1];
  }

  /** A supplier at {@code tier} waits for {@code amount} from day {@code from} to {@code to}. */
  void gap(int tier, int from, int to, long amount) {
    if (from < to) {
      gap[tier][from] += amount;
      gap[tier][to] -= amount;
    }
  }

  void financed(int tier, long interest) {
    financingCost[tier] += interest;
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

  void overdue(int tier) {
    overdue[tier]++;
  }

  /** A default leaves {@code amount} unpaid; it counts when it falls due within the horizon. */
  void defaulted(int tier, long amount, boolean withinHorizon) {
    if (withinHorizon) {
      defaulted[tier] += amount;
    }
  }

  /** Sums the day-by-day changes of the cash gaps into the gap on each day. */
  Measured done() {
    for (long[] tier : gap) {
      for (int day = 1; day <= horizon; day++) {
        tier[day] += tier[day - 1];
      }
    }
    return this;
  }
}
