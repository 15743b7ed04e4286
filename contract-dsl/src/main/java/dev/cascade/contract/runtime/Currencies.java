package dev.cascade.contract.runtime;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The currencies Cascade handles and their minor units (ISO 4217), fixed here rather than read from
 * the JDK: a JDK upgrade or a {@code java.util.currency.data} override on one node must never
 * change how money is rounded on that node alone.
 */
public final class Currencies {

  private static final Map<String, Integer> MINOR_UNITS = table();

  private Currencies() {}

  /** The number of decimals of the currency, when Cascade handles it. */
  public static Optional<Integer> minorUnits(String code) {
    return Optional.ofNullable(MINOR_UNITS.get(code));
  }

  public static boolean isKnown(String code) {
    return MINOR_UNITS.containsKey(code);
  }

  private static Map<String, Integer> table() {
    Map<String, Integer> table = new TreeMap<>();
    for (String code :
        new String[] {
          "CNY", "HKD", "MOP", "TWD", "USD", "EUR", "GBP", "CHF", "SGD", "AUD", "NZD", "CAD", "THB",
          "MYR", "IDR", "PHP", "INR", "AED", "SAR", "QAR", "RUB", "BRL", "MXN", "ZAR", "SEK", "NOK",
          "DKK", "PLN", "CZK", "HUF", "TRY", "ILS", "EGP", "PKR", "BDT", "LKR", "KZT", "UZS", "MNT",
          "NGN", "KES"
        }) {
      table.put(code, 2);
    }
    for (String code :
        new String[] {"JPY", "KRW", "VND", "CLP", "ISK", "PYG", "UGX", "XAF", "XOF"}) {
      table.put(code, 0);
    }
    for (String code : new String[] {"KWD", "BHD", "OMR", "JOD", "IQD", "LYD", "TND"}) {
      table.put(code, 3);
    }
    return Map.copyOf(table); // hashed: looked up on every money operation
  }
}
