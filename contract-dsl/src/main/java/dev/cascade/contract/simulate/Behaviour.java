package dev.cascade.contract.simulate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How the parties of a simulated programme act: the model every result depends on, stated so that a
 * tester can read it and change it. The defaults are {@link #DEFAULT}.
 *
 * @param patience how many days a holder at tier 1, 2, 3, … can wait for its money; a tier beyond
 *     the list waits as long as the last one. A holder finances a part it holds as soon as it holds
 *     it when the payment it expects is further away than that.
 * @param anticipate whether holders expect the scenario's payment delays (they know of them, as in
 *     a stress a market sees coming); if not, they expect payment at maturity and try to finance
 *     only when a payment is late by more than they can wait
 * @param rate the yearly rate banks finance at, before any shock; empty: the mean rate of the
 *     portfolio's financings, or {@link #FALLBACK_RATE} when it has none
 * @param newBusiness whether the core enterprises keep issuing over the horizon as they did over
 *     the {@code observation} days before the start: each day as many certificates as on an average
 *     day then (scaled by a scenario's {@code volume scaled by}), each a copy of one issued then,
 *     drawn at random, that follows the path the copied one took down the tiers
 * @param observation the days before the start whose issuances make the pattern new business
 *     follows
 */
public record Behaviour(
    List<Integer> patience,
    boolean anticipate,
    Optional<BigDecimal> rate,
    boolean newBusiness,
    int observation) {

  /** The yearly rate banks finance at when the portfolio shows no financing: 4.35%. */
  public static final BigDecimal FALLBACK_RATE = new BigDecimal("0.0435");

  /**
   * Tier 1 waits 90 days, tier 2 60, tier 3 and beyond 30; holders anticipate the scenario's
   * delays; banks finance at the portfolio's mean rate; new business as observed over 90 days.
   */
  public static final Behaviour DEFAULT =
      new Behaviour(List.of(90, 60, 30), true, Optional.empty(), true, 90);

  public Behaviour {
    patience = List.copyOf(patience);
    if (patience.isEmpty() || patience.stream().anyMatch(days -> days < 0)) {
      throw new IllegalArgumentException(
          "patience needs a number of days, 0 or more, for tier 1 at least: " + patience);
    }
    if (observation < 1) {
      throw new IllegalArgumentException("the observation needs 1 day or more: " + observation);
    }
  }

  /** How many days a holder at {@code tier} can wait for its money. */
  public int patience(int tier) {
    return patience.get(Math.min(Math.max(tier, 1), patience.size()) - 1);
  }
}
