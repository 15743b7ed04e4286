package dev.cascade.contract.interpret;

import dev.cascade.contract.ast.ChineseNames;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.check.Schema;
import dev.cascade.contract.check.Type;
import dev.cascade.contract.runtime.Currencies;
import dev.cascade.contract.runtime.Input;
import dev.cascade.contract.runtime.Occasion;
import dev.cascade.contract.runtime.Period;
import dev.cascade.contract.runtime.Unit;
import dev.cascade.contract.runtime.Value;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a test case's input from JSON, typed by the contract's schema. Values are written as RCL
 * writes them: {@code "CNY 1,505,500.00"}, {@code "1.8%"}, {@code "22 days"}, {@code "2026-03-31"}.
 */
public final class CaseReader {

  private static final Pattern MONEY =
      Pattern.compile("([A-Z]{3})\\s+(-?[0-9][0-9,]*(\\.[0-9]+)?)");
  private static final Pattern RATE =
      Pattern.compile("(-?[0-9][0-9,]*(\\.[0-9]+)?)%(?: ?(?:per|every|每) ?(year|day|年|天))?");
  private static final Pattern DURATION = Pattern.compile("(-?[0-9]+)( days?| ?天)?");
  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?");
  private static final int MAX_DIGITS = 100;

  private final CheckedContract checked;
  private final String currency;

  public CaseReader(CheckedContract checked) {
    this.checked = checked;
    this.currency = checked.contract().currency().text();
  }

  /** A problem with a case file, named by the path of the offending value. */
  public static final class CaseError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CaseError(String path, String message) {
      super(path + ": " + message);
    }
  }

  /**
   * {@code occasion}: the event or {@code day}; the JSON names {@code today} and the views. A view
   * or field that the ledger does not fill on that occasion is refused, naming what it does fill: a
   * case the ledger could never produce would prove nothing.
   */
  public Input input(Occasion occasion, JsonObject json) {
    LocalDate today = date("today", required(json, "today", "today"));
    Map<String, Type> roots = checked.schema().roots(occasion);
    Map<String, Value> views = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> entry : json.entrySet()) {
      String name = entry.getKey();
      if (name.equals("today")) {
        continue;
      }
      if (name.equals("parts") && roots.containsKey(name)) {
        throw new CaseError(name, "write the parts as operation.parts (they are the same list)");
      }
      Type type = roots.get(name);
      if (type == null) {
        throw new CaseError(
            name,
            "the ledger does not fill this on "
                + occasion.word()
                + "; it fills today, "
                + String.join(", ", roots.keySet()));
      }
      views.put(name, value(name, type, entry.getValue()));
    }
    Value operation = views.get("operation");
    if (operation instanceof Value.Entity entity && entity.fields().containsKey("parts")) {
      views.put("parts", entity.fields().get("parts"));
    }
    return new Input(occasion, today, views);
  }

  private Value value(String path, Type type, JsonValue json) {
    if (path.equals("certificate.state")) {
      return new Value.Text(state(path, json));
    }
    if (type instanceof Type.Entity entity) {
      return entity(path, entity, object(path, json));
    }
    if (type instanceof Type.ListOf list) {
      if (!(json instanceof JsonArray array)) {
        throw new CaseError(path, "expected a list [ … ]");
      }
      List<Value> elements = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        elements.add(value(path + "[" + i + "]", list.element(), array.get(i)));
      }
      return new Value.ListValue(elements);
    }
    if (type instanceof Type.Quantity quantity) {
      return numeric(path, quantity, json);
    }
    if (type instanceof Type.Date) {
      return new Value.DateValue(date(path, json));
    }
    if (type instanceof Type.Bool) {
      if (json == JsonValue.TRUE || json == JsonValue.FALSE) {
        return new Value.Bool(json == JsonValue.TRUE);
      }
      throw new CaseError(path, "expected true or false");
    }
    return new Value.Text(string(path, json, "text in quotes"));
  }

  /** A certificate's state as the ledger stores it, in English; a Chinese name stands for it. */
  private static String state(String path, JsonValue json) {
    String written = string(path, json, "a state such as \"accepted\"");
    String state = ChineseNames.CERTIFICATE_STATES.getOrDefault(written, written);
    if (!Schema.CERTIFICATE_STATES.contains(state)) {
      throw new CaseError(
          path,
          "the ledger stores no state ‘"
              + written
              + "’; states: "
              + String.join(", ", Schema.CERTIFICATE_STATES));
    }
    return state;
  }

  private Value entity(String path, Type.Entity type, JsonObject json) {
    Map<String, Value> fields = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> entry : json.entrySet()) {
      String fieldPath = path + "." + entry.getKey();
      Schema.Field field =
          type.field(entry.getKey())
              .orElseThrow(
                  () ->
                      new CaseError(
                          fieldPath,
                          "the ledger fills no such field here; "
                              + path
                              + " has "
                              + String.join(", ", type.fields().keySet())));
      if (field.settable()) {
        throw new CaseError(fieldPath, "is computed by the contract's rules, not an input");
      }
      fields.put(entry.getKey(), value(fieldPath, field.type(), entry.getValue()));
    }
    return new Value.Entity(type.kind(), fields);
  }

  private Value numeric(String path, Type.Quantity quantity, JsonValue json) {
    Unit unit = quantity.unit();
    if (unit.isMoney()) {
      Matcher money =
          MONEY.matcher(string(path, json, "money such as \"" + currency + " 1,000.00\""));
      if (!money.matches() || !money.group(1).equals(currency)) {
        throw new CaseError(
            path, "expected money in " + currency + ", such as \"" + currency + " 1,000.00\"");
      }
      BigDecimal amount = new BigDecimal(money.group(2).replace(",", ""));
      int minor = Currencies.minorUnits(currency).orElse(amount.scale());
      if (amount.scale() > minor) {
        throw new CaseError(
            path,
            "has more decimals than "
                + currency
                + " has ("
                + minor
                + "): the ledger refuses such an amount");
      }
      return new Value.Numeric(amount, unit);
    }
    if (unit.isRate() || unit.isShare()) {
      String example = Value.Numeric.percentage(new BigDecimal("0.018"), unit.period());
      Matcher rate =
          RATE.matcher(string(path, json, quantityWord(unit) + " such as \"" + example + "\""));
      if (!rate.matches() || !periodFits(rate.group(3), unit.period())) {
        throw new CaseError(
            path, "expected " + quantityWord(unit) + " such as \"" + example + "\"");
      }
      return new Value.Numeric(
          new BigDecimal(rate.group(1).replace(",", "")).movePointLeft(2), unit);
    }
    // The number as written, never through parsson's BigDecimal (1e999999999 would not end well).
    String text =
        json instanceof JsonNumber number ? number.toString() : string(path, json, "a number");
    if (unit.isDuration()) {
      Matcher duration = DURATION.matcher(text);
      if (!duration.matches() || duration.group(1).length() > MAX_DIGITS) {
        throw new CaseError(path, "expected a duration such as \"22 days\" or \"22 天\"");
      }
      return new Value.Numeric(new BigDecimal(duration.group(1)), unit);
    }
    if (!PLAIN_NUMBER.matcher(text).matches() || text.length() > MAX_DIGITS) {
      throw new CaseError(path, "expected a number such as 3 or 1,000.50 (no exponent)");
    }
    return new Value.Numeric(new BigDecimal(text.replace(",", "")), unit);
  }

  /**
   * Reads a case file's JSON, turning every way it can be wrong into one line naming the file.
   *
   * @throws CaseError when the file cannot be read or is not JSON of the expected shape
   */
  public static JsonObject readObject(Path file) {
    return (JsonObject) readJson(file, true);
  }

  /** As {@link #readObject}, for a file holding an array of cases. */
  public static JsonArray readArray(Path file) {
    return (JsonArray) readJson(file, false);
  }

  private static String quantityWord(Unit unit) {
    return new Type.Quantity(unit).describe();
  }

  /** A rate's period as the case writes it; a bare percentage is a share or, as here, yearly. */
  private static boolean periodFits(String written, Period period) {
    if (written == null) {
      return period != Period.DAY;
    }
    boolean day = written.equals("day") || written.equals("天");
    return period == (day ? Period.DAY : Period.YEAR);
  }

  private static JsonStructure readJson(Path file, boolean object) {
    try (JsonReader reader =
        Json.createReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      return object ? reader.readObject() : reader.readArray();
    } catch (IOException | UncheckedIOException e) {
      throw new CaseError(file.toString(), "cannot read: " + e.getMessage());
    } catch (RuntimeException e) {
      // parsson reports bad JSON, too-deep nesting and unreadable numbers as runtime exceptions
      throw new CaseError(
          file.toString(), "not a JSON " + (object ? "object" : "array") + ": " + e.getMessage());
    }
  }

  private static LocalDate date(String path, JsonValue json) {
    try {
      return LocalDate.parse(string(path, json, "a date such as \"2026-03-31\""));
    } catch (DateTimeParseException e) {
      throw new CaseError(path, "expected a date such as \"2026-03-31\"");
    }
  }

  private static JsonObject object(String path, JsonValue json) {
    if (json instanceof JsonObject object) {
      return object;
    }
    throw new CaseError(path, "expected an object { … }");
  }

  private static String string(String path, JsonValue json, String expected) {
    if (json instanceof JsonString string) {
      return string.getString();
    }
    throw new CaseError(path, "expected " + expected);
  }

  private static JsonValue required(JsonObject json, String key, String path) {
    return Optional.ofNullable(json.get(key)).orElseThrow(() -> new CaseError(path, "missing"));
  }
}
