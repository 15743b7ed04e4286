package dev.cascade.contract.runtime;

import java.util.Locale;

/** The things a contract can look at. */
public enum EntityKind {
  CERTIFICATE,
  OPERATION,
  PARTY,
  PART;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
