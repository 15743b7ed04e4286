package dev.cascade.contract.runtime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The views a contract reads, made from plain values: the one place that names their fields, for
 * every host that fills them (the ledger from its world state, the simulator from a portfolio).
 * {@link dev.cascade.contract.check.Schema} states which fields each occasion fills, and their
 * types.
 */
public final class Views {

  /** The state a paid certificate is in. */
  public static final String SETTLED = "settled";

  private Views() {}

  /**
   * What a certificate's view says of it, besides its parties.
   *
   * @param state its state as the ledger names it ({@code accepted}, {@code overdue}, …)
   * @param tier 1 as issued, one more with each transfer
   */
  public record CertificateFacts(
      String id,
      Value.Numeric amount,
      LocalDate issued,
      LocalDate maturity,
      String state,
      int tier,
      boolean pledged,
      boolean financed,
      Optional<String> parentId) {}

  private static final String[] CERTIFICATE = {
    "id",
    "amount",
    "issued",
    "maturity",
    "paid",
    "state",
    "tier",
    "pledged",
    "financed",
    "issuer",
    "root issuer",
    "holder",
    "parent id"
  };
  private static final String[] CERTIFICATE_WITHOUT_PARENT =
      java.util.Arrays.copyOf(CERTIFICATE, 12);
  private static final String[] NAMED = {"name", "roles"};
  private static final String[] ISSUER = {"name", "roles", "tier", "credit line", "credit used"};
  private static final String[] LINK = {"name", "roles", "tier"};
  private static final String[] BANK = {"name", "roles", "credit line"};
  private static final String[] PART = {"amount", "holder", "tier"};
  private static final String[] KIND = {"kind"};
  private static final String[] FINANCE = {"amount", "date", "bank", "rate", "days"};
  private static final Unit YEARLY = Unit.rate(Period.YEAR);
  private static final Value.Bool TRUE = new Value.Bool(true);
  private static final Value.Bool FALSE = new Value.Bool(false);

  /**
   * The certificate's view, with its issuer (the core enterprise, as {@link #issuer} makes it) and
   * its holder as the contract sees them in those places.
   */
  public static Value.Entity certificate(
      CertificateFacts facts, Value.Entity issuer, Value.Entity holder) {
    Value[] values = {
      new Value.Text(facts.id()),
      facts.amount(),
      new Value.DateValue(facts.issued()),
      new Value.DateValue(facts.maturity()),
      bool(facts.state().equals(SETTLED)),
      new Value.Text(facts.state()),
      number(facts.tier()),
      bool(facts.pledged()),
      bool(facts.financed()),
      issuer,
      issuer,
      holder,
      null
    };
    if (facts.parentId().isPresent()) {
      values[12] = new Value.Text(facts.parentId().get());
      return entity(EntityKind.CERTIFICATE, CERTIFICATE, values);
    }
    return entity(
        EntityKind.CERTIFICATE, CERTIFICATE_WITHOUT_PARENT, java.util.Arrays.copyOf(values, 12));
  }

  /** A party with its name and every role it has ({@code core}, {@code bank}, …). */
  public static Value.Entity party(String name, List<String> roles) {
    return entity(EntityKind.PARTY, NAMED, new Value[] {new Value.Text(name), roles(roles)});
  }

  /** A certificate's core enterprise: tier 0, with the lines banks granted it and what it used. */
  public static Value.Entity issuer(
      String name, List<String> roles, Value.Numeric creditLine, Value.Numeric creditUsed) {
    return issuer(party(name, roles), creditLine, creditUsed);
  }

  /** The same, from the party's own view (its name and roles, made once). */
  public static Value.Entity issuer(
      Value.Entity party, Value.Numeric creditLine, Value.Numeric creditUsed) {
    return entity(
        EntityKind.PARTY,
        ISSUER,
        new Value[] {
          party.fields().get("name"), party.fields().get("roles"), number(0), creditLine, creditUsed
        });
  }

  /** An enterprise in a certificate's chain, holding (or receiving) it at {@code tier}. */
  public static Value.Entity link(String name, List<String> roles, int tier) {
    return entity(
        EntityKind.PARTY, LINK, new Value[] {new Value.Text(name), roles(roles), number(tier)});
  }

  /** A financing bank, with the line it granted the certificate's core enterprise. */
  public static Value.Entity bank(String name, List<String> roles, Value.Numeric creditLine) {
    return entity(
        EntityKind.PARTY, BANK, new Value[] {new Value.Text(name), roles(roles), creditLine});
  }

  /** A part a split or a partial transfer makes, with its holder as the holder's place shows it. */
  public static Value.Entity part(Value.Numeric amount, Value.Entity holder, int tier) {
    return entity(EntityKind.PART, PART, new Value[] {amount, holder, number(tier)});
  }

  /** The {@code operation} view: its kind (the event, or {@code day}) and the event's fields. */
  public static Value.Entity operation(String kind, Map<String, Value> fields) {
    if (fields.isEmpty()) {
      return entity(EntityKind.OPERATION, KIND, new Value[] {new Value.Text(kind)});
    }
    if (fields instanceof Fields own) {
      return new Value.Entity(EntityKind.OPERATION, own.after("kind", new Value.Text(kind)));
    }
    Map<String, Value> all = new LinkedHashMap<>();
    all.put("kind", new Value.Text(kind));
    all.putAll(fields);
    return new Value.Entity(EntityKind.OPERATION, all);
  }

  /**
   * The fields a financing fills: the face value, the value date, the bank, its yearly rate, and
   * the days from the value date to maturity.
   */
  public static Map<String, Value> finance(
      Value.Numeric amount,
      LocalDate date,
      Value.Entity bank,
      BigDecimal yearlyRate,
      LocalDate maturity) {
    return Fields.of(
        FINANCE,
        new Value[] {
          amount,
          new Value.DateValue(date),
          bank,
          new Value.Numeric(yearlyRate, YEARLY),
          new Value.Numeric(
              BigDecimal.valueOf(java.time.temporal.ChronoUnit.DAYS.between(date, maturity)),
              Unit.DURATION)
        });
  }

  public static Value.Numeric money(BigDecimal amount, String currency) {
    return new Value.Numeric(amount, Unit.money(currency));
  }

  public static Value.Numeric number(long value) {
    return value >= 0 && value < NUMBERS.length
        ? NUMBERS[(int) value]
        : new Value.Numeric(BigDecimal.valueOf(value), Unit.NUMBER);
  }

  /** The small numbers views hold most (tiers), made once. */
  private static final Value.Numeric[] NUMBERS = numbers(32);

  private static Value.Numeric[] numbers(int count) {
    Value.Numeric[] numbers = new Value.Numeric[count];
    for (int i = 0; i < count; i++) {
      numbers[i] = new Value.Numeric(BigDecimal.valueOf(i), Unit.NUMBER);
    }
    return numbers;
  }

  private static Value.Bool bool(boolean value) {
    return value ? TRUE : FALSE;
  }

  private static Value.ListValue roles(List<String> roles) {
    return new Value.ListValue(roles.stream().<Value>map(Value.Text::new).toList());
  }

  private static Value.Entity entity(EntityKind kind, String[] keys, Value[] values) {
    return new Value.Entity(kind, Fields.of(keys, values));
  }
}
