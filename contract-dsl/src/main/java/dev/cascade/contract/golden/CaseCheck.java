package dev.cascade.contract.golden;

import dev.cascade.contract.runtime.AutomaticAction;
import dev.cascade.contract.runtime.Verdict;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * Compares a verdict with a case's {@code expect}: {@code outcome} ("accepted" or "rejected"), and
 * where given {@code rule}, {@code message}, {@code fired} (rule names) and {@code actions} (as RCL
 * writes them).
 */
final class CaseCheck {

  private CaseCheck() {}

  static void compare(String name, JsonObject expect, Verdict verdict, List<String> failures) {
    String outcome = verdict.accepted() ? "accepted" : "rejected";
    same(name, "outcome", expect.getString("outcome"), outcome, failures);
    verdict
        .rejection()
        .ifPresent(
            rejection -> {
              if (expect.containsKey("rule")) {
                same(name, "rule", expect.getString("rule"), rejection.rule(), failures);
              }
              if (expect.containsKey("message")) {
                same(name, "message", expect.getString("message"), rejection.message(), failures);
              }
            });
    if (expect.containsKey("fired")) {
      List<String> fired = verdict.fired().stream().map(Verdict.Firing::rule).toList();
      same(
          name,
          "fired",
          GoldenRunner.strings(expect.getJsonArray("fired")).toString(),
          fired.toString(),
          failures);
    }
    if (expect.containsKey("actions")) {
      List<String> actions = verdict.actions().stream().map(AutomaticAction::render).toList();
      same(
          name,
          "actions",
          GoldenRunner.strings(expect.getJsonArray("actions")).toString(),
          actions.toString(),
          failures);
    }
  }

  private static void same(
      String name, String what, String expected, String actual, List<String> failures) {
    if (!expected.equals(actual)) {
      failures.add(name + ": expected " + what + " " + expected + ", got " + actual);
    }
  }
}
