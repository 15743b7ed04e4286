package dev.cascade.contract.check;

import dev.cascade.contract.runtime.EntityKind;
import dev.cascade.contract.runtime.Event;
import dev.cascade.contract.runtime.Occasion;
import dev.cascade.contract.runtime.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a contract can see, per occasion: the views the ledger fills for each event (and for a day
 * passing), their fields and the fields' types. It is the one statement of that: the checker
 * refuses what an occasion does not provide, the case reader refuses a case field the ledger would
 * not fill, the ledger's tests hold the inputs it builds to it, and the reference's table is
 * printed from it ({@link #table()}).
 *
 * <p>A field is either always filled or filled under a condition that the table states (a parent id
 * exists only for a part split or transferred off another certificate).
 */
public final class Schema {

  /**
   * A field of a view. Settable fields are computed by contracts ({@code set ... to}); {@code
   * condition} is empty when the ledger always fills the field, otherwise when it does.
   */
  public record Field(String name, Type type, boolean settable, String condition, String meaning) {
    public boolean always() {
      return condition.isEmpty();
    }
  }

  /** The states {@code mark} sets. */
  public static final Set<String> STATES = Set.of("overdue", "defaulted", "frozen", "disputed");

  /**
   * The states {@code certificate.state} holds: the ledger's lifecycle, named as it stores them
   * (its {@code CertificateState}, in lower case).
   */
  public static final List<String> CERTIFICATE_STATES =
      List.of("issued", "accepted", "overdue", "settled", "cancelled", "superseded");

  public static final Set<String> NOTIFIABLE =
      Set.of("holder", "issuer", "root issuer", "guarantor", "bank", "regulator");
  public static final Set<String> ACCRUALS = Set.of("interest", "penalty");

  /** Every name a view can have, on some occasion: parameters may not take them. */
  public static final Set<String> ROOT_NAMES =
      Set.of("certificate", "operation", "parts", "guarantor");

  private static final String GUARANTOR_CONDITION = "when the programme has a guarantor";
  private static final String PARENT_CONDITION = "for a part split or transferred off another";

  private final Map<Occasion, Map<String, Type>> roots;

  private final Map<EntityKind, Set<String>> anywhere = new EnumMap<>(EntityKind.class);

  private Schema(Map<Occasion, Map<String, Type>> roots) {
    this.roots = roots;
    for (EntityKind kind : EntityKind.values()) {
      Set<String> names = new LinkedHashSet<>();
      roots.values().forEach(views -> views.values().forEach(type -> collect(type, kind, names)));
      anywhere.put(kind, Collections.unmodifiableSet(names));
    }
  }

  /** The views for a contract whose money is in {@code currency}. */
  public static Schema forCurrency(String currency) {
    return new Views(Type.Quantity.money(currency)).schema();
  }

  /** Every occasion, in a fixed order: the events, then the day. */
  public static List<Occasion> occasions() {
    List<Occasion> occasions = new ArrayList<>();
    for (Event event : Event.values()) {
      occasions.add(Occasion.of(event));
    }
    occasions.add(Occasion.day());
    return occasions;
  }

  /** The views a rule on {@code occasion} starts from, in a fixed order, with their fields. */
  public Map<String, Type> roots(Occasion occasion) {
    return roots.get(occasion);
  }

  /** A root view's condition, empty when it is always there. */
  public static String rootCondition(String root) {
    return root.equals("guarantor") ? GUARANTOR_CONDITION : "";
  }

  private static String rootMeaning(Occasion occasion, String root) {
    if (!root.equals("parts")) {
      return "";
    }
    return occasion.event().filter(e -> e == Event.TRANSFER).isPresent()
        ? "the parts a partial transfer makes; empty for a whole transfer"
        : "the parts the split makes";
  }

  /** The fields some occasion gives an entity of {@code kind}, whatever its place. */
  public Set<String> fieldsAnywhere(EntityKind kind) {
    return anywhere.get(kind);
  }

  /** The computed fields, as {@code set} writes them: {@code operation.interest}, … */
  public Set<String> settableAnywhere() {
    Set<String> names = new LinkedHashSet<>();
    roots
        .values()
        .forEach(
            views -> {
              if (views.get("operation") instanceof Type.Entity operation) {
                operation.fields().values().stream()
                    .filter(Field::settable)
                    .forEach(field -> names.add("operation." + field.name()));
              }
            });
    return names;
  }

  private static void collect(Type type, EntityKind kind, Set<String> names) {
    if (type instanceof Type.ListOf list) {
      collect(list.element(), kind, names);
    } else if (type instanceof Type.Entity entity) {
      if (entity.kind() == kind) {
        names.addAll(entity.fields().keySet());
      }
      entity.fields().values().forEach(field -> collect(field.type(), kind, names));
    }
  }

  /** One line of the reference's table: a view or field as a contract writes it. */
  private record Row(String path, String type, String filled, String meaning) {
    String cells() {
      return "`" + path + "` | " + type + " | " + filled + " | " + meaning + " |";
    }
  }

  /**
   * The reference's tables of what the ledger fills: first what every occasion sees alike, then
   * what each event adds, as a contract writes the paths. Printed from the views themselves, so
   * that the reference cannot drift from what the checker and the ledger hold to.
   */
  public String table() {
    Map<Occasion, List<Row>> rows = new LinkedHashMap<>();
    for (Occasion occasion : occasions()) {
      rows.put(occasion, rows(occasion));
    }
    List<Row> shared = new ArrayList<>(rows.get(Occasion.day()));
    rows.values().forEach(shared::retainAll);
    StringBuilder table = new StringBuilder(HEADER);
    shared.forEach(row -> table.append("| ").append(row.cells()).append('\n'));
    table.append(
        "\n| event | field | type | filled | meaning |\n| --- | --- | --- | --- | --- |\n");
    rows.forEach(
        (occasion, lines) ->
            lines.stream()
                .filter(row -> !shared.contains(row))
                .forEach(
                    row ->
                        table
                            .append("| ")
                            .append(occasion.word())
                            .append(" | ")
                            .append(row.cells())
                            .append('\n')));
    return table.toString();
  }

  /** What {@code occasion} alone sees, as one table. */
  public String table(Occasion occasion) {
    StringBuilder table = new StringBuilder(HEADER);
    rows(occasion).forEach(row -> table.append("| ").append(row.cells()).append('\n'));
    return table.toString();
  }

  private static final String HEADER =
      "| view or field | type | filled | meaning |\n| --- | --- | --- | --- |\n";

  private List<Row> rows(Occasion occasion) {
    List<Row> lines = new ArrayList<>();
    roots(occasion)
        .forEach(
            (name, type) ->
                rows(lines, name, type, rootCondition(name), rootMeaning(occasion, name)));
    return lines;
  }

  /** The row for {@code path} and, for an entity or a list of them, its fields' (two levels). */
  private static void rows(
      List<Row> rows, String path, Type type, String condition, String meaning) {
    String filled = condition.isEmpty() ? "always" : condition;
    rows.add(new Row(path, type.describe(), filled, meaning));
    Type element = type instanceof Type.ListOf list ? list.element() : type;
    long depth = path.chars().filter(c -> c == '.').count();
    // a list inside a view is a view's list already shown: operation.parts is parts
    boolean shown = type instanceof Type.ListOf && depth > 0;
    if (element instanceof Type.Entity entity && depth < 2 && !shown) {
      for (Field field : entity.fields().values()) {
        rows(rows, path + "." + field.name(), field.type(), field.condition(), field.meaning());
      }
    }
  }

  /**
   * Builds the views; the parties differ by place (an issuer has a credit line, a holder a tier).
   */
  private static final class Views {
    private final Type money;
    private final Type roles = new Type.ListOf(Type.TEXT);

    Views(Type money) {
      this.money = money;
    }

    Schema schema() {
      Map<Occasion, Map<String, Type>> all = new LinkedHashMap<>();
      for (Occasion occasion : occasions()) {
        Map<String, Type> views = new LinkedHashMap<>();
        views.put("certificate", certificate());
        views.put("operation", operation(occasion));
        if (occasion.event().filter(e -> e == Event.TRANSFER || e == Event.SPLIT).isPresent()) {
          views.put("parts", parts());
        }
        views.put("guarantor", party(field("name", Type.TEXT), field("roles", roles)));
        all.put(occasion, Collections.unmodifiableMap(views));
      }
      return new Schema(Collections.unmodifiableMap(all));
    }

    private Type certificate() {
      Type core = core();
      return entity(
          EntityKind.CERTIFICATE,
          field("id", Type.TEXT),
          field("amount", money, "its face value"),
          field("issued", Type.DATE),
          field("maturity", Type.DATE),
          field("paid", Type.BOOL),
          field("state", Type.TEXT, "one of " + String.join(", ", CERTIFICATE_STATES)),
          field("tier", Type.Quantity.NUMBER, "1 as issued, one more with each transfer"),
          field("pledged", Type.BOOL),
          field("financed", Type.BOOL),
          field("issuer", core),
          field("holder", link("the certificate's tier")),
          field("root issuer", core, "the same enterprise as the issuer"),
          new Field("parent id", Type.TEXT, false, PARENT_CONDITION, ""));
    }

    private Type operation(Occasion occasion) {
      List<Field> fields = new ArrayList<>();
      fields.add(field("kind", Type.TEXT, "the event, or day"));
      Optional<Event> event = occasion.event();
      if (event.isPresent()) {
        switch (event.get()) {
          case ISSUE -> {
            fields.add(field("amount", money, "the face value"));
            fields.add(field("invoice", Type.TEXT, "the anchored invoice's id"));
          }
          case TRANSFER -> {
            fields.add(field("amount", money, "what is transferred"));
            fields.add(field("sender", link("the certificate's tier")));
            fields.add(field("receiver", link("the tier it receives at")));
            fields.add(field("parts", parts(), "the same list as parts"));
          }
          case SPLIT -> fields.add(field("parts", parts(), "the same list as parts"));
          case FINANCE -> {
            fields.add(
                field(
                    "amount",
                    money,
                    "the face value (the ledger finances whole parts, never a share of one)"));
            fields.add(field("date", Type.DATE, "the financing's value date"));
            fields.add(field("rate", Type.Quantity.rate(Period.YEAR), "the bank's yearly rate"));
            fields.add(field("days", Type.Quantity.DURATION, "from the value date to maturity"));
            fields.add(field("bank", bank()));
            fields.add(computed("interest"));
            fields.add(computed("proceeds"));
            fields.add(computed("fee"));
          }
          case PLEDGE, RELEASE -> fields.add(field("pledgee", party(common())));
          default -> {}
        }
      }
      return entity(EntityKind.OPERATION, fields.toArray(Field[]::new));
    }

    private Field computed(String name) {
      return new Field(name, money, true, "once a rule has set it", "computed by the contract");
    }

    private Type parts() {
      return new Type.ListOf(
          entity(
              EntityKind.PART,
              field("amount", money),
              field("holder", link("the part's tier")),
              field("tier", Type.Quantity.NUMBER)));
    }

    /** The core enterprise that issued the certificate. */
    private Type core() {
      return party(
          field("name", Type.TEXT),
          field("roles", roles),
          field("tier", Type.Quantity.NUMBER, "0"),
          field("credit line", money, "the lines all banks granted it"),
          field("credit used", money, "what its open certificates add up to"));
    }

    /** An enterprise in the certificate's chain: its tier is where it holds it. */
    private Type link(String tier) {
      return party(
          field("name", Type.TEXT),
          field("roles", roles),
          field("tier", Type.Quantity.NUMBER, tier));
    }

    private Type bank() {
      return party(
          field("name", Type.TEXT),
          field("roles", roles),
          field("credit line", money, "the line it granted the issuer, zero without one"));
    }

    private Field[] common() {
      return new Field[] {field("name", Type.TEXT), field("roles", roles)};
    }

    private Type party(Field... fields) {
      return entity(EntityKind.PARTY, fields);
    }

    private static Type entity(EntityKind kind, Field... fields) {
      Map<String, Field> byName = new LinkedHashMap<>();
      for (Field field : fields) {
        byName.put(field.name(), field);
      }
      return new Type.Entity(kind, Collections.unmodifiableMap(byName));
    }

    private static Field field(String name, Type type) {
      return field(name, type, "");
    }

    private static Field field(String name, Type type, String meaning) {
      return new Field(name, type, false, "", meaning);
    }
  }
}
