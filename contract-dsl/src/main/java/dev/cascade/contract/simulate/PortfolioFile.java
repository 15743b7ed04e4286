package dev.cascade.contract.simulate;

import dev.cascade.contract.runtime.Currencies;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A portfolio as a JSON file: the simulator's input, and what a ledger node exports. Read strictly:
 * an unknown key, a missing one, a value of the wrong kind, an amount with more decimals than the
 * currency has, a party nobody registered, each is an error that names its place in the file
 * ({@code holdings[3].amount}) and what is valid there. Amounts and rates are decimal strings,
 * never JSON numbers, so that nothing rounds them on the way. The format is described in the RCL
 * reference.
 */
public final class PortfolioFile {

  /** What the file says it is, so that another kind of JSON is refused at once. */
  public static final String FORMAT = "cascade-portfolio/1";

  private static final List<String> STATES = List.of("issued", "accepted", "overdue");

  private PortfolioFile() {}

  /** A file that is not a portfolio, with where and why. */
  public static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Invalid(String message) {
      super(message);
    }
  }

  /** What a portfolio file holds: the portfolio, and the behaviour its parties follow. */
  public record Contents(Portfolio portfolio, Behaviour behaviour) {}

  /**
   * @throws Invalid when the text is not a portfolio
   */
  public static Contents read(Reader reader) {
    JsonObject root;
    try (var json = Json.createReader(reader)) {
      root = json.readObject();
    } catch (JsonException | ClassCastException | IllegalStateException e) {
      throw new Invalid("not a JSON object: " + firstLine(e.getMessage()));
    }
    Fields top =
        new Fields(
            root,
            "",
            List.of("format", "start", "currency", "parties", "creditLines", "holdings"),
            List.of("behaviour"));
    if (!FORMAT.equals(top.text("format"))) {
      throw new Invalid("format: this is not a " + FORMAT + " file");
    }
    String currency = top.text("currency");
    if (!Currencies.isKnown(currency)) {
      throw new Invalid("currency: " + currency + " is not a currency code Cascade handles");
    }
    int decimals = Currencies.minorUnits(currency).orElseThrow();
    List<Portfolio.Party> parties = top.list("parties", PortfolioFile::party);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < parties.size(); i++) {
      if (!names.add(parties.get(i).name())) {
        throw new Invalid("parties[" + i + "].name: " + parties.get(i).name() + " appears twice");
      }
    }
    Portfolio portfolio =
        new Portfolio(
            top.date("start"),
            currency,
            parties,
            top.list("creditLines", e -> creditLine(e, names, decimals)),
            top.list("holdings", e -> holding(e, names, decimals)));
    unique(portfolio.holdings());
    Behaviour behaviour =
        top.optionalObject("behaviour").map(PortfolioFile::behaviour).orElse(Behaviour.DEFAULT);
    return new Contents(portfolio, behaviour);
  }

  /**
   * The demo programme's ledger as it stands the day it is loaded, 2026-06-01: the portfolio {@code
   * rcl simulate} runs on when given none.
   */
  public static Contents demo() {
    try (var in = PortfolioFile.class.getResourceAsStream("demo-portfolio.json")) {
      return read(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("the demo portfolio cannot be read", e);
    }
  }

  /**
   * @throws Invalid when the text is not a portfolio
   */
  public static Contents read(String text) {
    return read(new StringReader(text));
  }

  private static Portfolio.Party party(Element element) {
    Fields party = element.object(List.of("name", "roles"), List.of());
    return new Portfolio.Party(party.text("name"), party.texts("roles"));
  }

  private static Portfolio.CreditLine creditLine(Element element, Set<String> names, int decimals) {
    Fields line = element.object(List.of("bank", "core", "limit"), List.of());
    return new Portfolio.CreditLine(
        line.party("bank", names), line.party("core", names), line.amount("limit", decimals));
  }

  private static Portfolio.Holding holding(Element element, Set<String> names, int decimals) {
    Fields holding =
        element.object(
            List.of(
                "id",
                "certificate",
                "issuer",
                "holder",
                "tier",
                "amount",
                "issued",
                "maturity",
                "received",
                "state"),
            List.of("parent", "lineage", "financing", "pledgee"));
    String state = holding.text("state");
    if (!STATES.contains(state)) {
      throw new Invalid(holding.at("state") + ": " + state + " is not one of " + STATES);
    }
    int tier = holding.whole("tier");
    if (tier < 1) {
      throw new Invalid(holding.at("tier") + ": a holding's tier is 1 or more, not " + tier);
    }
    LocalDate issued = holding.date("issued");
    LocalDate maturity = holding.date("maturity");
    if (maturity.isBefore(issued)) {
      throw new Invalid(holding.at("maturity") + ": " + maturity + " is before issued " + issued);
    }
    BigDecimal amount = holding.amount("amount", decimals);
    if (amount.signum() <= 0) {
      throw new Invalid(holding.at("amount") + ": a holding is worth more than nothing");
    }
    List<String> lineage = holding.has("lineage") ? holding.texts("lineage") : List.of();
    for (String before : lineage) {
      holding.known(before, "lineage", names);
    }
    return new Portfolio.Holding(
        holding.text("id"),
        holding.text("certificate"),
        holding.has("parent") ? Optional.of(holding.text("parent")) : Optional.empty(),
        holding.party("issuer", names),
        holding.party("holder", names),
        tier,
        amount,
        issued,
        maturity,
        holding.date("received"),
        state,
        lineage,
        holding.optionalObject("financing").map(f -> financing(f, names)),
        holding.has("pledgee") ? Optional.of(holding.party("pledgee", names)) : Optional.empty());
  }

  private static Portfolio.Financing financing(Fields fields, Set<String> names) {
    Fields financing = fields.checked(List.of("bank", "by", "rate", "date"), List.of());
    return new Portfolio.Financing(
        financing.party("bank", names),
        financing.party("by", names),
        financing.decimal("rate"),
        financing.date("date"));
  }

  private static Behaviour behaviour(Fields fields) {
    Fields behaviour =
        fields.checked(
            List.of(), List.of("patience", "anticipate", "rate", "newBusiness", "observation"));
    Behaviour defaults = Behaviour.DEFAULT;
    try {
      return new Behaviour(
          behaviour.has("patience")
              ? behaviour.list("patience", Element::whole)
              : defaults.patience(),
          behaviour.has("anticipate") ? behaviour.flag("anticipate") : defaults.anticipate(),
          behaviour.has("rate") ? Optional.of(behaviour.decimal("rate")) : defaults.rate(),
          behaviour.has("newBusiness") ? behaviour.flag("newBusiness") : defaults.newBusiness(),
          behaviour.has("observation") ? behaviour.whole("observation") : defaults.observation());
    } catch (IllegalArgumentException e) {
      throw new Invalid(behaviour.path() + ": " + e.getMessage());
    }
  }

  private static void unique(List<Portfolio.Holding> holdings) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < holdings.size(); i++) {
      if (!ids.add(holdings.get(i).id())) {
        throw new Invalid("holdings[" + i + "].id: " + holdings.get(i).id() + " appears twice");
      }
    }
  }

  /** The portfolio and behaviour as the file the simulator reads, keys in a stable order. */
  public static String write(Portfolio portfolio, Behaviour behaviour) {
    JsonArrayBuilder parties = Json.createArrayBuilder();
    portfolio
        .parties()
        .forEach(
            p ->
                parties.add(
                    Json.createObjectBuilder()
                        .add("name", p.name())
                        .add("roles", Json.createArrayBuilder(p.roles()))));
    JsonArrayBuilder lines = Json.createArrayBuilder();
    portfolio
        .creditLines()
        .forEach(
            l ->
                lines.add(
                    Json.createObjectBuilder()
                        .add("bank", l.bank())
                        .add("core", l.core())
                        .add("limit", l.limit().toPlainString())));
    JsonArrayBuilder holdings = Json.createArrayBuilder();
    portfolio.holdings().forEach(h -> holdings.add(holding(h)));
    JsonObject root =
        Json.createObjectBuilder()
            .add("format", FORMAT)
            .add("start", portfolio.start().toString())
            .add("currency", portfolio.currency())
            .add("parties", parties)
            .add("creditLines", lines)
            .add("holdings", holdings)
            .add("behaviour", behaviour(behaviour))
            .build();
    StringWriter out = new StringWriter();
    try (var writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
      writer.writeObject(root);
    }
    return out.toString().strip() + "\n";
  }

  private static JsonObjectBuilder holding(Portfolio.Holding h) {
    JsonObjectBuilder json =
        Json.createObjectBuilder().add("id", h.id()).add("certificate", h.certificate());
    h.parent().ifPresent(parent -> json.add("parent", parent));
    json.add("issuer", h.issuer())
        .add("holder", h.holder())
        .add("tier", h.tier())
        .add("amount", h.amount().toPlainString())
        .add("issued", h.issued().toString())
        .add("maturity", h.maturity().toString())
        .add("received", h.received().toString())
        .add("state", h.state());
    if (!h.lineage().isEmpty()) {
      json.add("lineage", Json.createArrayBuilder(h.lineage()));
    }
    h.financing()
        .ifPresent(
            f ->
                json.add(
                    "financing",
                    Json.createObjectBuilder()
                        .add("bank", f.bank())
                        .add("by", f.by())
                        .add("rate", f.rate().toPlainString())
                        .add("date", f.date().toString())));
    h.pledgee().ifPresent(p -> json.add("pledgee", p));
    return json;
  }

  private static JsonObjectBuilder behaviour(Behaviour behaviour) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("patience", Json.createArrayBuilder(behaviour.patience()))
            .add("anticipate", behaviour.anticipate())
            .add("newBusiness", behaviour.newBusiness())
            .add("observation", behaviour.observation());
    behaviour.rate().ifPresent(rate -> json.add("rate", rate.toPlainString()));
    return json;
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  /** An object of the file, read strictly, that knows where it is. */
  private record Fields(JsonObject json, String path) {

    Fields(JsonObject json, String path, List<String> required, List<String> optional) {
      this(json, path);
      for (String key : json.keySet()) {
        if (!required.contains(key) && !optional.contains(key)) {
          Set<String> valid = new java.util.TreeSet<>(required);
          valid.addAll(optional);
          throw new Invalid(at(key) + ": unknown key; the keys here are " + valid);
        }
      }
      for (String key : required) {
        if (!json.containsKey(key)) {
          throw new Invalid(at(key) + ": missing");
        }
      }
    }

    Fields checked(List<String> required, List<String> optional) {
      return new Fields(json, path, required, optional);
    }

    String at(String key) {
      return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
      return json.containsKey(key);
    }

    String text(String key) {
      JsonValue value = json.get(key);
      if (!(value instanceof JsonString text) || text.getString().isBlank()) {
        throw new Invalid(at(key) + ": expected a text, not " + value);
      }
      return text.getString();
    }

    List<String> texts(String key) {
      return list(key, Element::text);
    }

    boolean flag(String key) {
      JsonValue value = json.get(key);
      if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
        return value == JsonValue.TRUE;
      }
      throw new Invalid(at(key) + ": expected true or false, not " + value);
    }

    int whole(String key) {
      JsonValue value = json.get(key);
      if (value instanceof JsonNumber number && number.isIntegral()) {
        return number.intValue();
      }
      throw new Invalid(at(key) + ": expected a whole number, not " + value);
    }

    LocalDate date(String key) {
      String text = text(key);
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new Invalid(at(key) + ": expected a date such as 2026-06-30, not " + text);
      }
    }

    BigDecimal decimal(String key) {
      String text = text(key);
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw new Invalid(at(key) + ": expected a decimal such as 0.0385, not " + text);
      }
    }

    BigDecimal amount(String key, int decimals) {
      BigDecimal amount = decimal(key);
      if (amount.scale() > decimals) {
        throw new Invalid(
            at(key) + ": " + text(key) + " has more than the currency's " + decimals + " decimals");
      }
      return amount.setScale(decimals);
    }

    String party(String key, Set<String> names) {
      String name = text(key);
      known(name, key, names);
      return name;
    }

    void known(String name, String key, Set<String> names) {
      if (!names.contains(name)) {
        throw new Invalid(at(key) + ": " + name + " is not one of the portfolio's parties");
      }
    }

    Optional<Fields> optionalObject(String key) {
      JsonValue value = json.get(key);
      if (value == null) {
        return Optional.empty();
      }
      if (!(value instanceof JsonObject object)) {
        throw new Invalid(at(key) + ": expected an object, not " + value);
      }
      return Optional.of(new Fields(object, at(key)));
    }

    <T> List<T> list(String key, Function<Element, T> element) {
      JsonValue value = json.get(key);
      if (!(value instanceof JsonArray array)) {
        throw new Invalid(at(key) + ": expected a list, not " + value);
      }
      List<T> result = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        result.add(element.apply(new Element(array.get(i), at(key) + "[" + i + "]")));
      }
      return result;
    }
  }

  /** An element of a list in the file, that knows where it is. */
  private record Element(JsonValue value, String path) {

    Fields object(List<String> required, List<String> optional) {
      if (!(value instanceof JsonObject object)) {
        throw new Invalid(path + ": expected an object, not " + value);
      }
      return new Fields(object, path, required, optional);
    }

    String text() {
      if (!(value instanceof JsonString text) || text.getString().isBlank()) {
        throw new Invalid(path + ": expected a text, not " + value);
      }
      return text.getString();
    }

    int whole() {
      if (value instanceof JsonNumber number && number.isIntegral()) {
        return number.intValue();
      }
      throw new Invalid(path + ": expected a whole number, not " + value);
    }
  }
}
