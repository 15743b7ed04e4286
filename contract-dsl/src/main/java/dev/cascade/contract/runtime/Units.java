package dev.cascade.contract.runtime;

/** Facts about units that both engines need. */
public final class Units {

  private Units() {}

  /**
   * The minor-unit scale of money: 2 for CNY and USD, 0 for JPY, 3 for KWD. Money is always rounded
   * and shown in its own currency's scale.
   */
  public static int scale(Unit money) {
    if (money.currency().isEmpty()) {
      return 0;
    }
    return Currencies.minorUnits(money.currency().get()).orElse(0);
  }
}
