package dev.cascade.contract.check;

import dev.cascade.contract.runtime.EntityKind;
import dev.cascade.contract.runtime.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a contract can see: the fields of certificates, operations, parties and parts, and the names
 * it starts from. The ledger fills these views; the interpreter and the compiler read them.
 */
public final class Schema {

  /** A field of an entity; settable fields are computed by contracts ({@code set ... to}). */
  public record Field(String name, Type type, boolean settable) {}

  /** Where a contract's names start. */
  public static final Map<String, Type> ROOTS = roots();

  public static final Set<String> STATES = Set.of("overdue", "defaulted", "frozen", "disputed");
  public static final Set<String> NOTIFIABLE =
      Set.of("holder", "issuer", "root issuer", "guarantor", "bank", "regulator");
  public static final Set<String> ACCRUALS = Set.of("interest", "penalty");

  private final Map<EntityKind, Map<String, Field>> fields;

  private Schema(Map<EntityKind, Map<String, Field>> fields) {
    this.fields = fields;
  }

  /** The views for a contract whose money is in {@code currency}. */
  public static Schema forCurrency(String currency) {
    Type money = Type.Quantity.money(currency);
    Type party = new Type.Entity(EntityKind.PARTY);
    Map<EntityKind, Map<String, Field>> all = new LinkedHashMap<>();
    all.put(
        EntityKind.CERTIFICATE,
        fields(
            field("id", Type.TEXT),
            field("amount", money),
            field("issued", Type.DATE),
            field("maturity", Type.DATE),
            field("paid", Type.BOOL),
            field("state", Type.TEXT),
            field("tier", Type.Quantity.NUMBER),
            field("pledged", Type.BOOL),
            field("financed", Type.BOOL),
            field("issuer", party),
            field("holder", party),
            field("root issuer", party),
            field("parent id", Type.TEXT)));
    all.put(
        EntityKind.OPERATION,
        fields(
            field("kind", Type.TEXT),
            field("amount", money),
            field("date", Type.DATE),
            field("rate", Type.Quantity.rate(Period.YEAR)),
            field("days", Type.Quantity.DURATION),
            field("sender", party),
            field("receiver", party),
            field("bank", party),
            field("invoice", Type.TEXT),
            field("parts", new Type.ListOf(new Type.Entity(EntityKind.PART))),
            new Field("interest", money, true),
            new Field("proceeds", money, true),
            new Field("fee", money, true)));
    all.put(
        EntityKind.PARTY,
        fields(
            field("name", Type.TEXT),
            field("role", Type.TEXT),
            field("tier", Type.Quantity.NUMBER),
            field("credit line", money),
            field("credit used", money)));
    all.put(
        EntityKind.PART,
        fields(
            field("amount", money), field("holder", party), field("tier", Type.Quantity.NUMBER)));
    return new Schema(all);
  }

  public Optional<Field> field(EntityKind kind, String name) {
    return Optional.ofNullable(fields.get(kind).get(name));
  }

  public Set<String> fieldNames(EntityKind kind) {
    return fields.get(kind).keySet();
  }

  /** In a fixed order, so that whatever walks them does so alike on every node. */
  private static Map<String, Type> roots() {
    Map<String, Type> roots = new LinkedHashMap<>();
    roots.put("certificate", new Type.Entity(EntityKind.CERTIFICATE));
    roots.put("operation", new Type.Entity(EntityKind.OPERATION));
    roots.put("parts", new Type.ListOf(new Type.Entity(EntityKind.PART)));
    roots.put("guarantor", new Type.Entity(EntityKind.PARTY));
    return java.util.Collections.unmodifiableMap(roots);
  }

  private static Field field(String name, Type type) {
    return new Field(name, type, false);
  }

  private static Map<String, Field> fields(Field... fields) {
    Map<String, Field> byName = new LinkedHashMap<>();
    for (Field field : fields) {
      byName.put(field.name(), field);
    }
    return byName;
  }
}
