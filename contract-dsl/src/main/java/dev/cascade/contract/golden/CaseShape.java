package dev.cascade.contract.golden;

import dev.cascade.contract.check.Schema;
import dev.cascade.contract.interpret.CaseReader.CaseError;
import dev.cascade.contract.parse.Keywords;
import dev.cascade.contract.runtime.Occasion;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * The shape of a case in a {@code .cases.json} file, held strictly: a misspelt key, an empty or
 * malformed expectation, an unknown outcome or event is an error that names it and what is valid,
 * so that a case never passes because it expected nothing.
 */
final class CaseShape {

  static final List<String> CASE_KEYS = List.of("name", "event", "input", "expect");
  static final List<String> EXPECT_KEYS = List.of("outcome", "rule", "message", "fired", "actions");
  static final List<String> OUTCOMES = List.of("accepted", "rejected");

  private CaseShape() {}

  /**
   * @throws CaseError naming the first thing wrong with the case's shape
   */
  static void check(JsonObject testCase) {
    known("", testCase, CASE_KEYS);
    if (testCase.containsKey("name")) {
      string(testCase, "name", "");
    }
    string(testCase, "event", "");
    object(testCase, "input", "");
    JsonObject expect = object(testCase, "expect", "");
    if (expect.isEmpty()) {
      throw new CaseError(
          "expect", "is empty: give at least the outcome, \"accepted\" or \"rejected\"");
    }
    known("expect.", expect, EXPECT_KEYS);
    String outcome = string(expect, "outcome", "expect.");
    if (!OUTCOMES.contains(outcome)) {
      throw new CaseError(
          "expect.outcome",
          "unknown outcome ‘" + outcome + "’; outcomes: " + String.join(", ", OUTCOMES));
    }
    for (String key : List.of("rule", "message")) {
      if (expect.containsKey(key)) {
        string(expect, key, "expect.");
        if (outcome.equals("accepted")) {
          throw new CaseError(
              "expect." + key, "an accepted case has no rejecting " + key + ": remove it");
        }
      }
    }
    for (String key : List.of("fired", "actions")) {
      if (expect.containsKey(key)) {
        strings(expect, key);
      }
    }
  }

  /** The case's event, or {@code day} for the time rules. */
  static Occasion occasion(JsonObject testCase) {
    String event = testCase.getString("event");
    return Keywords.occasion(event)
        .orElseThrow(
            () ->
                new CaseError(
                    "event",
                    "unknown event ‘"
                        + event
                        + "’; events: "
                        + String.join(
                            ", ", Schema.occasions().stream().map(Occasion::word).toList())));
  }

  private static void known(String at, JsonObject object, List<String> keys) {
    for (String key : object.keySet()) {
      if (!keys.contains(key)) {
        throw new CaseError(
            at + key,
            "unknown key; "
                + (at.isEmpty() ? "a case has " : "an expectation has ")
                + String.join(", ", keys));
      }
    }
  }

  private static String string(JsonObject object, String key, String at) {
    JsonValue value = object.get(key);
    if (value == null) {
      throw new CaseError(at + key, "missing");
    }
    if (!(value instanceof JsonString text) || text.getString().isBlank()) {
      throw new CaseError(at + key, "expected text in quotes, not " + value);
    }
    return text.getString();
  }

  private static JsonObject object(JsonObject object, String key, String at) {
    JsonValue value = object.get(key);
    if (value == null) {
      throw new CaseError(at + key, "missing");
    }
    if (!(value instanceof JsonObject found)) {
      throw new CaseError(at + key, "expected an object { … }, not " + value);
    }
    return found;
  }

  private static void strings(JsonObject expect, String key) {
    if (!(expect.get(key) instanceof JsonArray array)
        || !array.stream().allMatch(JsonString.class::isInstance)) {
      throw new CaseError(
          "expect." + key, "expected a list of texts [\"…\", …], not " + expect.get(key));
    }
  }
}
