package dev.cascade.contract.simulate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * A synthetic supply-chain network of any size, for simulations where no ledger is at hand and for
 * benchmarks: core enterprises issue certificates to tier-1 suppliers, and each tier passes a share
 * of what it holds down to a supplier of the next tier, keeping the rest, as payment for its own
 * purchases. The same settings and seed give the same portfolio. Settings, with their defaults:
 *
 * <ul>
 *   <li>{@code certificates=1000}: certificates issued;
 *   <li>{@code cores=1}, {@code banks=2}, {@code tiers=3}, {@code suppliers=10} (a tier);
 *   <li>{@code amount=100000..5000000}: face values, whole units of the currency, drawn evenly;
 *   <li>{@code tenor=90..180}: days from issue to maturity;
 *   <li>{@code age=180}: certificates were issued up to this many days before the start, but never
 *       so long ago that they have fallen due: the open book of a programme in its steady state;
 *   <li>{@code passed=30..70}: the percentage of a part a holder passes down to the next tier;
 *   <li>{@code financed=20}: the percentage of parts below tier 1 a bank has financed;
 *   <li>{@code start=2026-06-01}, {@code currency=CNY}, {@code seed=1}.
 * </ul>
 */
public final class PortfolioGenerator {

  private static final Map<String, String> DEFAULTS = defaults();

  private final Map<String, String> settings;

  private PortfolioGenerator(Map<String, String> settings) {
    this.settings = settings;
  }

  /** Settings that make no portfolio, with the setting and what is valid. */
  public static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message);
    }
  }

  private static Map<String, String> defaults() {
    Map<String, String> defaults = new LinkedHashMap<>();
    defaults.put("certificates", "1000");
    defaults.put("cores", "1");
    defaults.put("banks", "2");
    defaults.put("tiers", "3");
    defaults.put("suppliers", "10");
    defaults.put("amount", "100000..5000000");
    defaults.put("tenor", "90..180");
    defaults.put("age", "180");
    defaults.put("passed", "30..70");
    defaults.put("financed", "20");
    defaults.put("start", "2026-06-01");
    defaults.put("currency", "CNY");
    defaults.put("seed", "1");
    return defaults;
  }

  /**
   * Settings written as {@code name=value,name=value}; the rest keep their defaults.
   *
   * @throws Invalid for an unknown setting or a value that is not one
   */
  public static PortfolioGenerator parse(String written) {
    Map<String, String> settings = new LinkedHashMap<>(DEFAULTS);
    for (String pair : written.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      String[] parts = pair.split("=", 2);
      String name = parts[0].strip();
      if (parts.length != 2 || !DEFAULTS.containsKey(name)) {
        throw new Invalid(
            "\"" + pair.strip() + "\" is not a setting; the settings are " + DEFAULTS);
      }
      settings.put(name, parts[1].strip());
    }
    PortfolioGenerator generator = new PortfolioGenerator(settings);
    generator.validate();
    return generator;
  }

  private void validate() {
    whole("certificates", 1, 10_000_000);
    whole("cores", 1, 100);
    whole("banks", 1, 100);
    whole("tiers", 1, 20);
    whole("suppliers", 1, 100_000);
    range("amount", 1, 1_000_000_000_000L);
    range("tenor", 1, 3650);
    whole("age", 0, 3650);
    range("passed", 1, 99);
    whole("financed", 0, 100);
    start();
    if (!dev.cascade.contract.runtime.Currencies.isKnown(settings.get("currency"))) {
      throw new Invalid("currency=" + settings.get("currency") + " is not a currency code");
    }
    whole("seed", Long.MIN_VALUE, Long.MAX_VALUE);
  }

  public Portfolio generate() {
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(whole("seed", 0, 0));
    int cores = (int) whole("cores", 0, 0);
    int banks = (int) whole("banks", 0, 0);
    int tiers = (int) whole("tiers", 0, 0);
    int suppliers = (int) whole("suppliers", 0, 0);
    List<Portfolio.Party> parties = new ArrayList<>();
    for (int c = 1; c <= cores; c++) {
      parties.add(new Portfolio.Party(core(c), List.of("core")));
    }
    for (int b = 1; b <= banks; b++) {
      parties.add(new Portfolio.Party(bank(b), List.of("bank")));
    }
    for (int t = 1; t <= tiers; t++) {
      for (int s = 1; s <= suppliers; s++) {
        parties.add(new Portfolio.Party(supplier(t, s), List.of("supplier")));
      }
    }
    LocalDate start = start();
    int decimals =
        dev.cascade.contract.runtime.Currencies.minorUnits(settings.get("currency")).orElseThrow();
    List<Portfolio.Holding> holdings = new ArrayList<>();
    long[] issuedBy = new long[cores + 1];
    long certificates = whole("certificates", 0, 0);
    for (int n = 1; n <= certificates; n++) {
      int core = 1 + random.nextInt(cores);
      long amount = draw(random, range("amount", 0, 0));
      issuedBy[core] += amount;
      long tenor = draw(random, range("tenor", 0, 0));
      LocalDate issued =
          start.minusDays(random.nextLong(Math.min(whole("age", 0, 0), tenor - 1) + 1));
      LocalDate maturity = issued.plusDays(tenor);
      certificate(
          n, core, amount, issued, maturity, tiers, suppliers, banks, decimals, random, holdings);
    }
    List<Portfolio.CreditLine> lines = new ArrayList<>();
    for (int c = 1; c <= cores; c++) {
      long each = (issuedBy[c] * 3 / 2) / banks + 1;
      for (int b = 1; b <= banks; b++) {
        lines.add(new Portfolio.CreditLine(bank(b), core(c), units(each, decimals)));
      }
    }
    return new Portfolio(start, settings.get("currency"), parties, lines, holdings);
  }

  /**
   * One certificate's parts: each tier keeps the rest of what it received and passes a share on.
   */
  private void certificate(
      int n,
      int core,
      long amount,
      LocalDate issued,
      LocalDate maturity,
      int tiers,
      int suppliers,
      int banks,
      int decimals,
      UniformRandomProvider random,
      List<Portfolio.Holding> holdings) {
    String id = "C" + n;
    long held = amount;
    String parent = id;
    List<String> lineage = new ArrayList<>();
    long[] passed = range("passed", 0, 0);
    long financedShare = whole("financed", 0, 0);
    LocalDate start = start();
    for (int tier = 1; tier <= tiers; tier++) {
      String holder = supplier(tier, 1 + random.nextInt(suppliers));
      LocalDate received = min(issued.plusDays(5L * (tier - 1)), start);
      long onward = tier < tiers ? held * draw(random, passed) / 100 : 0;
      String part = tier == 1 && onward == 0 ? id : id + "-R" + tier;
      boolean financed = tier > 1 && random.nextLong(100) < financedShare;
      String bank = bank(1 + random.nextInt(banks));
      holdings.add(
          new Portfolio.Holding(
              part,
              id,
              tier == 1 && onward == 0 ? Optional.empty() : Optional.of(parent),
              core(core),
              financed ? bank : holder,
              tier,
              units(held - onward, decimals),
              issued,
              maturity,
              received,
              "accepted",
              lineage,
              financed
                  ? Optional.of(
                      new Portfolio.Financing(bank, holder, new BigDecimal("0.0385"), received))
                  : Optional.empty(),
              Optional.empty()));
      if (onward == 0) {
        return;
      }
      lineage = new ArrayList<>(lineage);
      lineage.add(holder);
      parent = id + "-T" + (tier + 1);
      held = onward;
    }
  }

  private static BigDecimal units(long whole, int decimals) {
    return BigDecimal.valueOf(whole).setScale(decimals);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static long draw(UniformRandomProvider random, long[] range) {
    return range[0] + random.nextLong(range[1] - range[0] + 1);
  }

  private static String core(int n) {
    return "Core " + n;
  }

  private static String bank(int n) {
    return "Bank " + n;
  }

  private static String supplier(int tier, int n) {
    return "Tier " + tier + " Supplier " + n;
  }

  private LocalDate start() {
    try {
      return LocalDate.parse(settings.get("start"));
    } catch (DateTimeParseException e) {
      throw new Invalid("start=" + settings.get("start") + " is not a date such as 2026-06-01");
    }
  }

  /** A whole-number setting, checked against its bounds when they differ. */
  private long whole(String name, long low, long high) {
    try {
      long value = Long.parseLong(settings.get(name));
      if (low != high && (value < low || value > high)) {
        throw new Invalid(name + "=" + value + " is not between " + low + " and " + high);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new Invalid(name + "=" + settings.get(name) + " is not a whole number");
    }
  }

  /** A range setting, {@code low..high} or one number, checked against bounds when they differ. */
  private long[] range(String name, long low, long high) {
    String written = settings.get(name);
    String[] ends = written.split("\\.\\.", 2);
    try {
      long from = Long.parseLong(ends[0].strip());
      long to = ends.length == 2 ? Long.parseLong(ends[1].strip()) : from;
      if (from > to || (low != high && (from < low || to > high))) {
        throw new Invalid(
            name + "=" + written + " is not a range low..high between " + low + " and " + high);
      }
      return new long[] {from, to};
    } catch (NumberFormatException e) {
      throw new Invalid(name + "=" + written + " is not a range such as 90..180");
    }
  }
}
