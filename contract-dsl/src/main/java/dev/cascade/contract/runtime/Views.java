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

  /**
   * The certificate's view, with its issuer (the core enterprise, as {@link #issuer} makes it) and
   * its holder as the contract sees them in those places.
   */
  public static Value.Entity certificate(
      CertificateFacts facts, Value.Entity issuer, Value.Entity holder) {
    Map<String, Value> fields = new LinkedHashMap<>();
    fields.put("id", new Value.Text(facts.id()));
    fields.put("amount", facts.amount());
    fields.put("issued", new Value.DateValue(facts.issued()));
    fields.put("maturity", new Value.DateValue(facts.maturity()));
    fields.put("paid", new Value.Bool(facts.state().equals(SETTLED)));
    fields.put("state", new Value.Text(facts.state()));
    fields.put("tier", number(facts.tier()));
    fields.put("pledged", new Value.Bool(facts.pledged()));
    fields.put("financed", new Value.Bool(facts.financed()));
    fields.put("issuer", issuer);
    fields.put("root issuer", issuer);
    fields.put("holder", holder);
    facts.parentId().ifPresent(parent -> fields.put("parent id", new Value.Text(parent)));
    return new Value.Entity(EntityKind.CERTIFICATE, fields);
  }

  /** A party with its name and every role it has ({@code core}, {@code bank}, …). */
  public static Value.Entity party(String name, List<String> roles) {
    return new Value.Entity(EntityKind.PARTY, named(name, roles));
  }

  /** A certificate's core enterprise: tier 0, with the lines banks granted it and what it used. */
  public static Value.Entity issuer(
      String name, List<String> roles, Value.Numeric creditLine, Value.Numeric creditUsed) {
    Map<String, Value> fields = named(name, roles);
    fields.put("tier", number(0));
    fields.put("credit line", creditLine);
    fields.put("credit used", creditUsed);
    return new Value.Entity(EntityKind.PARTY, fields);
  }

  /** An enterprise in a certificate's chain, holding (or receiving) it at {@code tier}. */
  public static Value.Entity link(String name, List<String> roles, int tier) {
    Map<String, Value> fields = named(name, roles);
    fields.put("tier", number(tier));
    return new Value.Entity(EntityKind.PARTY, fields);
  }

  /** A financing bank, with the line it granted the certificate's core enterprise. */
  public static Value.Entity bank(String name, List<String> roles, Value.Numeric creditLine) {
    Map<String, Value> fields = named(name, roles);
    fields.put("credit line", creditLine);
    return new Value.Entity(EntityKind.PARTY, fields);
  }

  /** A part a split or a partial transfer makes, with its holder as the holder's place shows it. */
  public static Value.Entity part(Value.Numeric amount, Value.Entity holder, int tier) {
    return new Value.Entity(
        EntityKind.PART, Map.of("amount", amount, "holder", holder, "tier", number(tier)));
  }

  /** The {@code operation} view: its kind (the event, or {@code day}) and the event's fields. */
  public static Value.Entity operation(String kind, Map<String, Value> fields) {
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
    return Map.of(
        "amount", amount,
        "date", new Value.DateValue(date),
        "bank", bank,
        "rate", new Value.Numeric(yearlyRate, Unit.rate(Period.YEAR)),
        "days",
            new Value.Numeric(
                BigDecimal.valueOf(java.time.temporal.ChronoUnit.DAYS.between(date, maturity)),
                Unit.DURATION));
  }

  public static Value.Numeric money(BigDecimal amount, String currency) {
    return new Value.Numeric(amount, Unit.money(currency));
  }

  public static Value.Numeric number(long value) {
    return new Value.Numeric(BigDecimal.valueOf(value), Unit.NUMBER);
  }

  private static Map<String, Value> named(String name, List<String> roles) {
    Map<String, Value> fields = new LinkedHashMap<>();
    fields.put("name", new Value.Text(name));
    fields.put("roles", new Value.ListValue(roles.stream().<Value>map(Value.Text::new).toList()));
    return fields;
  }
}
