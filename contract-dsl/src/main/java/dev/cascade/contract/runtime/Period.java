package dev.cascade.contract.runtime;

/**
 * What a rate is per: a year ({@code 4.35% per year}) or a day ({@code 0.05% per day}); or nothing,
 * for a share of an amount ({@code 90%}), which multiplies like a plain number.
 */
public enum Period {
  YEAR,
  DAY,
  NONE
}
