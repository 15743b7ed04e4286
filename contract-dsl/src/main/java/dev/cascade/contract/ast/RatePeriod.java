package dev.cascade.contract.ast;

/** What a rate is per: a year (the default) or a day (penalties). */
public enum RatePeriod {
  YEAR,
  DAY
}
