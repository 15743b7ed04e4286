package dev.cascade.contract.bench;

import dev.cascade.contract.runtime.Event;
import dev.cascade.contract.runtime.Input;
import dev.cascade.contract.runtime.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.MapContext;

/**
 * The example programme's guards as Apache Commons JEXL 3 scripts, the way a rules engine built on
 * an expression library would evaluate them: variables in a map, dates as epoch days.
 */
final class JexlGuards {

  private final Map<Event, List<JexlScript>> guards;

  JexlGuards() {
    JexlEngine jexl = new JexlBuilder().strict(true).silent(false).create();
    guards =
        Map.of(
            Event.ISSUE,
            List.of(
                jexl.createScript("maturity - issued > 180"),
                jexl.createScript("creditUsed.add(amount).compareTo(creditLine) > 0")),
            Event.SPLIT,
            List.of(
                jexl.createScript(
                    "var sum = 0.00B; for (var p : parts) { sum = sum.add(p); } sum.compareTo(amount) != 0"),
                jexl.createScript(
                    "var low = false; for (var p : parts) { if (p.compareTo(minimum) < 0) { low = true; } } low")),
            Event.FINANCE,
            List.of(jexl.createScript("date >= maturity")),
            Event.MATURITY,
            List.of(jexl.createScript("!paid")));
  }

  /** Evaluates the guards for the input's event; counts those that hold. */
  int evaluate(Input input) {
    Event event = input.occasion().event().orElse(null);
    List<JexlScript> scripts = event == null ? List.of() : guards.getOrDefault(event, List.of());
    MapContext context = context(input);
    int holding = 0;
    for (JexlScript script : scripts) {
      if (Boolean.TRUE.equals(script.execute(context))) {
        holding++;
      }
    }
    return holding;
  }

  private static MapContext context(Input input) {
    MapContext context = new MapContext();
    Map<String, Value> certificate = ((Value.Entity) input.views().get("certificate")).fields();
    context.set("amount", decimal(certificate.get("amount")));
    context.set("maturity", ((Value.DateValue) certificate.get("maturity")).date().toEpochDay());
    context.set("issued", ((Value.DateValue) certificate.get("issued")).date().toEpochDay());
    context.set("paid", ((Value.Bool) certificate.get("paid")).value());
    Map<String, Value> issuer = ((Value.Entity) certificate.get("issuer")).fields();
    context.set("creditUsed", decimal(issuer.get("credit used")));
    context.set("creditLine", decimal(issuer.get("credit line")));
    context.set("minimum", new BigDecimal("1000.00"));
    Value operation = input.views().get("operation");
    if (operation instanceof Value.Entity entity) {
      Value date = entity.fields().get("date");
      if (date != null) {
        context.set("date", ((Value.DateValue) date).date().toEpochDay());
      }
      Value parts = entity.fields().get("parts");
      if (parts != null) {
        List<BigDecimal> amounts = new ArrayList<>();
        for (Value part : ((Value.ListValue) parts).elements()) {
          amounts.add(decimal(((Value.Entity) part).fields().get("amount")));
        }
        context.set("parts", amounts);
      }
    }
    return context;
  }

  private static BigDecimal decimal(Value value) {
    return ((Value.Numeric) value).value();
  }
}
