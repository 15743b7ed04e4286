package dev.cascade.contract.runtime;

import java.util.Currency;

/** Facts about units that both engines need. */
public final class Units {

  private Units() {}

  /**
   * The minor-unit scale of money: 2 for CNY and USD, 0 for JPY, 3 for KWD. Money is always rounded
   * and shown in its own currency's scale.
   */
  public static int scale(Unit money) {
    return money
        .currency()
        .map(c -> Math.max(0, Currency.getInstance(c).getDefaultFractionDigits()))
        .orElse(0);
  }
}
