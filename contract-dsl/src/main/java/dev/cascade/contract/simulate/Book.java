package dev.cascade.contract.simulate;

import dev.cascade.contract.runtime.Value;
import dev.cascade.contract.runtime.Views;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A portfolio prepared for many runs, read once: parties by number, each holding's facts in days
 * from the start and minor units of the currency, the credit banks granted each core enterprise,
 * the bank that finances its parts, and the certificates new business is patterned on. Runs only
 * read it, from as many threads as there are.
 */
final class Book {

  final Portfolio portfolio;
  final Behaviour behaviour;
  final int decimals;
  final List<String> parties = new ArrayList<>();
  final Map<String, Integer> party = new HashMap<>();
  final List<List<String>> roles = new ArrayList<>();
  final boolean[] isBank;

  /** The holdings, in the portfolio's order. */
  final List<Portfolio.Holding> holdings;

  final int[] issuer;
  final int[] holder;
  final int[] tier;
  final long[] amount;
  final int[] maturity;
  final int[] received;
  final int[] certificate;

  /** Whether a holding was accepted by its holder; else it waits for acceptance, or is overdue. */
  final boolean[] accepted;

  final boolean[] overdue;
  final boolean[] financed;
  final boolean[] pledged;

  /** What the contract sees of each holding as it stands at the start, besides its id. */
  final Rules.Part[] held;

  /** The certificates the holdings are of, by number: who pays each, and when it falls due. */
  final List<String> certificates = new ArrayList<>();

  final List<Integer> certificateIssuer = new ArrayList<>();
  final List<Integer> certificateMaturity = new ArrayList<>();

  /** What each certificate's open parts add up to, in minor units. */
  final List<Long> certificateFace = new ArrayList<>();

  private final boolean[] cores;

  /** What each core enterprise owes on its open certificates at the start, in minor units. */
  final long[] outstanding;

  /** The lines all banks granted each core enterprise, in minor units. */
  final long[] creditLine;

  /** The bank that finances each core enterprise's parts, if there is a bank. */
  final Optional<Integer>[] financier;

  /** The line the financier granted each core enterprise, in minor units. */
  final long[] financierLine;

  /** The yearly rate banks finance at, before a shock. */
  final BigDecimal rate;

  /** The highest tier any holding is at: results by tier run from 1 to it. */
  final int tiers;

  /** The guarantor contracts see: the party with the guarantor role, the first by name. */
  final Optional<Value.Entity> guarantorView;

  /** Each party's name and roles as contracts see them. */
  private final Value.Entity[] partyViews;

  private final Value.Numeric[] creditLineValues;

  /** Each core enterprise as contracts see it, with what it owed at the start. */
  private final Value.Entity[] issuerViews;

  /** Each bank as contracts see it financing a core enterprise's part, by core enterprise. */
  private final Value.Entity[] bankViews;

  /** Each party holding at each tier, as contracts see it; made when first asked for. */
  private final Value.Entity[][] linkViews;

  /** The certificates issued in the observation window: what new business repeats. */
  final List<Pattern> patterns;

  /**
   * The patterns each core enterprise's new business follows, by their number in {@link #patterns}.
   */
  final Map<Integer, List<Integer>> patternsOf;

  /** A certificate new business repeats: its tenor, its face value, and how it passed down. */
  record Pattern(String certificate, int issuer, int tenor, long amount, List<Step> steps) {}

  /**
   * A part of a patterned certificate: who came to hold it, at which tier, for how much, how many
   * days after the certificate was issued, and from whom (the holder before, or the issuer for a
   * part of tier 1).
   */
  record Step(int holder, int tier, long amount, int lag, int from) {}

  /** How a part of new business is named: {@code +12} for the day it was issued, {@code /0}. */
  final String[] dayNames = names("+", Plan.MAX_HORIZON + 1);

  final String[] stepNames = names("/", 64);

  private static String[] names(String prefix, int count) {
    String[] names = new String[count];
    for (int i = 0; i < count; i++) {
      names[i] = prefix + i;
    }
    return names;
  }

  /** The first day of the dates table: a year before the start. */
  private static final int FIRST_DAY = -366;

  private final LocalDate[] dates;
  private final dev.cascade.contract.runtime.Unit moneyUnit;

  @SuppressWarnings("unchecked")
  Book(Portfolio portfolio, Behaviour behaviour) {
    this.portfolio = portfolio;
    this.behaviour = behaviour;
    this.decimals =
        dev.cascade.contract.runtime.Currencies.minorUnits(portfolio.currency()).orElseThrow();
    this.moneyUnit = dev.cascade.contract.runtime.Unit.money(portfolio.currency());
    // a year before the start to the longest horizon and a year's tenor after it
    this.dates = new LocalDate[-FIRST_DAY + Plan.MAX_HORIZON + 366];
    for (int i = 0; i < dates.length; i++) {
      dates[i] = portfolio.start().plusDays((long) i + FIRST_DAY);
    }
    for (Portfolio.Party p : portfolio.parties()) {
      party.put(p.name(), parties.size());
      parties.add(p.name());
      roles.add(p.roles());
    }
    int n = parties.size();
    isBank = new boolean[n];
    for (int i = 0; i < n; i++) {
      isBank[i] = roles.get(i).contains("bank");
    }
    holdings = portfolio.holdings();
    int h = holdings.size();
    issuer = new int[h];
    holder = new int[h];
    tier = new int[h];
    amount = new long[h];
    maturity = new int[h];
    received = new int[h];
    certificate = new int[h];
    accepted = new boolean[h];
    overdue = new boolean[h];
    financed = new boolean[h];
    pledged = new boolean[h];
    outstanding = new long[n];
    Map<String, Integer> certificateNumbers = new HashMap<>();
    int highest = 1;
    for (int i = 0; i < h; i++) {
      Portfolio.Holding holding = holdings.get(i);
      issuer[i] = party.get(holding.issuer());
      holder[i] = party.get(holding.holder());
      tier[i] = holding.tier();
      amount[i] = minor(holding.amount());
      maturity[i] = day(holding.maturity());
      received[i] = day(holding.received());
      accepted[i] = holding.state().equals("accepted");
      overdue[i] = holding.state().equals("overdue");
      financed[i] = holding.financing().isPresent();
      pledged[i] = holding.pledgee().isPresent();
      highest = Math.max(highest, holding.tier());
      outstanding[issuer[i]] += amount[i];
      Integer number = certificateNumbers.get(holding.certificate());
      if (number == null) {
        number = certificates.size();
        certificateNumbers.put(holding.certificate(), number);
        certificates.add(holding.certificate());
        certificateIssuer.add(issuer[i]);
        certificateMaturity.add(maturity[i]);
        certificateFace.add(0L);
      }
      certificate[i] = number;
      certificateFace.set(number, certificateFace.get(number) + amount[i]);
    }
    tiers = highest;
    held = new Rules.Part[h];
    for (int i = 0; i < h; i++) {
      held[i] =
          new Rules.Part(
              issuer[i],
              holder[i],
              tier[i],
              amount[i],
              day(holdings.get(i).issued()),
              maturity[i],
              holdings.get(i).state(),
              pledged[i],
              financed[i]);
    }
    creditLine = new long[n];
    for (Portfolio.CreditLine line : portfolio.creditLines()) {
      creditLine[party.get(line.core())] += minor(line.limit());
    }
    financier = new Optional[n];
    financierLine = new long[n];
    for (int core = 0; core < n; core++) {
      financier[core] = financierOf(core);
      int c = core;
      financierLine[core] = financier[core].map(bank -> lineOf(bank, c)).orElse(0L);
    }
    rate = behaviour.rate().orElseGet(this::observedRate);
    guarantorView =
        portfolio.parties().stream()
            .filter(p -> p.has("guarantor"))
            .map(Portfolio.Party::name)
            .sorted()
            .findFirst()
            .map(name -> Views.party(name, roles.get(party.get(name))));
    patterns = behaviour.newBusiness() ? patterns() : List.of();
    patternsOf = new TreeMap<>();
    for (int p = 0; p < patterns.size(); p++) {
      patternsOf.computeIfAbsent(patterns.get(p).issuer(), core -> new ArrayList<>()).add(p);
    }
    cores = new boolean[n];
    for (int p = 0; p < n; p++) {
      cores[p] = outstanding[p] > 0 || patternsOf.containsKey(p);
    }
    partyViews = new Value.Entity[n];
    creditLineValues = new Value.Numeric[n];
    for (int p = 0; p < n; p++) {
      partyViews[p] = Views.party(parties.get(p), roles.get(p));
      creditLineValues[p] = moneyValue(creditLine[p]);
    }
    issuerViews = new Value.Entity[n];
    bankViews = new Value.Entity[n];
    for (int p = 0; p < n; p++) {
      issuerViews[p] = issuer(p, outstanding[p]);
      int core = p;
      bankViews[p] =
          financier[p]
              .map(b -> Views.bank(parties.get(b), roles.get(b), moneyValue(financierLine[core])))
              .orElse(null);
    }
    linkViews = new Value.Entity[n][tiers + 2];
  }

  /**
   * The core enterprise as a contract sees it when it has used {@code creditUsed} of its credit:
   * made anew unless that is what it owed at the start.
   */
  Value.Entity issuerView(int core, long creditUsed) {
    return creditUsed == outstanding[core] ? issuerViews[core] : issuer(core, creditUsed);
  }

  private Value.Entity issuer(int core, long creditUsed) {
    return Views.issuer(partyViews[core], creditLineValues[core], moneyValue(creditUsed));
  }

  /** The bank that finances the core enterprise's parts, as a contract sees it. */
  Value.Entity bankView(int core) {
    return bankViews[core];
  }

  /** The party holding a part at {@code tier}, as a contract sees it. */
  Value.Entity linkView(int holder, int tier) {
    Value.Entity[] byTier = linkViews[holder];
    if (tier >= byTier.length) {
      return Views.link(parties.get(holder), roles.get(holder), tier);
    }
    Value.Entity view = byTier[tier];
    if (view == null) {
      // made by whichever thread asks first: entities are immutable, so any copy will do
      view = Views.link(parties.get(holder), roles.get(holder), tier);
      byTier[tier] = view;
    }
    return view;
  }

  /** The day a date falls on, counted from the start (negative before it). */
  int day(LocalDate date) {
    return Math.toIntExact(ChronoUnit.DAYS.between(portfolio.start(), date));
  }

  /** The day's date, from a table for the days a simulation asks about most. */
  LocalDate date(int day) {
    int at = day - FIRST_DAY;
    return at >= 0 && at < dates.length ? dates[at] : portfolio.start().plusDays(day);
  }

  long minor(BigDecimal value) {
    return value.movePointRight(decimals).longValueExact();
  }

  BigDecimal money(long minor) {
    return BigDecimal.valueOf(minor, decimals);
  }

  Value.Numeric moneyValue(long minor) {
    return new Value.Numeric(money(minor), moneyUnit);
  }

  /** Whether the party issues certificates: it owes on some, or new business follows its own. */
  boolean isCore(int p) {
    return cores[p];
  }

  /**
   * The bank that financed most of the core enterprise's parts in the portfolio; else the one that
   * granted it the largest line; else the first bank by name.
   */
  private Optional<Integer> financierOf(int core) {
    Map<Integer, Integer> financings = new TreeMap<>();
    for (Portfolio.Holding holding : holdings) {
      if (party.get(holding.issuer()) == core) {
        holding.financing().ifPresent(f -> financings.merge(party.get(f.bank()), 1, Integer::sum));
      }
    }
    Optional<Integer> busiest =
        financings.entrySet().stream()
            .max(Map.Entry.<Integer, Integer>comparingByValue())
            .map(Map.Entry::getKey);
    if (busiest.isPresent()) {
      return busiest;
    }
    Optional<Integer> lender =
        portfolio.creditLines().stream()
            .filter(line -> party.get(line.core()) == core)
            .max(Comparator.comparing(Portfolio.CreditLine::limit))
            .map(line -> party.get(line.bank()));
    if (lender.isPresent()) {
      return lender;
    }
    return portfolio.parties().stream()
        .filter(p -> p.has("bank"))
        .map(Portfolio.Party::name)
        .sorted()
        .findFirst()
        .map(party::get);
  }

  private long lineOf(int bank, int core) {
    return portfolio.creditLines().stream()
        .filter(l -> party.get(l.bank()) == bank && party.get(l.core()) == core)
        .mapToLong(l -> minor(l.limit()))
        .sum();
  }

  /** The mean yearly rate of the portfolio's financings, to six decimals; else the fallback. */
  private BigDecimal observedRate() {
    List<BigDecimal> rates = new ArrayList<>();
    holdings.forEach(h -> h.financing().ifPresent(f -> rates.add(f.rate())));
    if (rates.isEmpty()) {
      return Behaviour.FALLBACK_RATE;
    }
    return rates.stream()
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(rates.size()), 6, RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
  }

  /**
   * The certificates issued within the observation window before the start, by issuer, each with
   * the path its parts took: who held each part, at which tier, and how long after the issue.
   */
  private List<Pattern> patterns() {
    Map<String, List<Integer>> byCertificate = new LinkedHashMap<>();
    for (int i = 0; i < holdings.size(); i++) {
      int issued = day(holdings.get(i).issued());
      if (issued < 0 && issued >= -behaviour.observation()) {
        byCertificate.computeIfAbsent(holdings.get(i).certificate(), c -> new ArrayList<>()).add(i);
      }
    }
    List<Pattern> patterns = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> entry : byCertificate.entrySet()) {
      List<Integer> parts = entry.getValue();
      Portfolio.Holding first = holdings.get(parts.get(0));
      int issued = day(first.issued());
      List<Step> steps = new ArrayList<>();
      long face = 0;
      for (int i : parts) {
        Portfolio.Holding part = holdings.get(i);
        // a financed part was held by whoever financed it, at the latest on the financing's day:
        // that is the path business takes, and new business is financed as the behaviour says
        String who = part.financing().map(Portfolio.Financing::by).orElse(part.holder());
        LocalDate reached = part.financing().map(Portfolio.Financing::date).orElse(part.received());
        int lag = Math.max(0, day(reached) - issued);
        String from = part.lineage().isEmpty() ? part.issuer() : last(part.lineage());
        steps.add(new Step(party.get(who), part.tier(), amount[i], lag, party.get(from)));
        face += amount[i];
      }
      patterns.add(
          new Pattern(
              entry.getKey(),
              party.get(first.issuer()),
              Math.toIntExact(ChronoUnit.DAYS.between(first.issued(), first.maturity())),
              face,
              steps));
    }
    return patterns;
  }

  private static String last(List<String> names) {
    return names.get(names.size() - 1);
  }
}
