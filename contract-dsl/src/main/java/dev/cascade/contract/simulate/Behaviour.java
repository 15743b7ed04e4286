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

  /**
   * This behaviour with some settings changed, written as on the command line: {@code
   * patience=90/60/30,anticipate=false,rate=0.04,newBusiness=false,observation=60}.
   *
   * @throws IllegalArgumentException naming a setting that is not one, or a value it cannot take
   */
  public Behaviour with(String written) {
    Behaviour changed = this;
    for (String pair : written.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      String[] parts = pair.split("=", 2);
      String name = parts[0].strip();
      String value = parts.length == 2 ? parts[1].strip() : "";
      changed = changed.with(name, value);
    }
    return changed;
  }

  private Behaviour with(String name, String value) {
    try {
      return switch (name) {
        case "patience" ->
            new Behaviour(
                java.util.Arrays.stream(value.split("/"))
                    .map(d -> Integer.valueOf(d.strip()))
                    .toList(),
                anticipate,
                rate,
                newBusiness,
                observation);
        case "anticipate" -> new Behaviour(patience, flag(value), rate, newBusiness, observation);
        case "rate" ->
            new Behaviour(
                patience, anticipate, Optional.of(new BigDecimal(value)), newBusiness, observation);
        case "newBusiness" -> new Behaviour(patience, anticipate, rate, flag(value), observation);
        case "observation" ->
            new Behaviour(patience, anticipate, rate, newBusiness, Integer.parseInt(value));
        default ->
            throw new IllegalArgumentException(
                "\""
                    + name
                    + "\" is not a behaviour setting; the settings are patience, anticipate,"
                    + " rate, newBusiness, observation");
      };
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + "=" + value + " is not a number it takes");
    }
  }

  private static boolean flag(String value) {
    if (!value.equals("true") && !value.equals("false")) {
      throw new IllegalArgumentException("expected true or false, not " + value);
    }
    return value.equals("true");
  }

  /** How many days a holder at {@code tier} can wait for its money. */
  public int patience(int tier) {
    return patience.get(Math.min(Math.max(tier, 1), patience.size()) - 1);
  }
}
