package dev.cascade.contract.runtime;

/** What a rate is per: a year (the default) or a day (penalties). */
public enum Period {
  YEAR,
  DAY
}
