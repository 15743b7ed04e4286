package dev.cascade.contract.bench;

import dev.cascade.contract.runtime.Event;
import dev.cascade.contract.runtime.Input;
import dev.cascade.contract.runtime.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.MapContext;

/**
 * The example programme's guards as Apache Commons JEXL 3 scripts, the way a rules engine built on
 * an expression library would evaluate them: variables in a map, dates as epoch days. With {@code
 * actions}, the scripts also compute the amounts the rules' actions carry (interest, proceeds,
 * penalty), so that JEXL does the arithmetic the contract does, though still no verdict or
 * explanation.
 */
final class JexlGuards {

  /** Block days have no event; their rules are keyed by this. */
  private static final String DAY = "day";

  private final Map<Object, List<JexlScript>> guards;

  JexlGuards() {
    this(false);
  }

  JexlGuards(boolean actions) {
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
            actions
                ? List.of(
                    jexl.createScript("date >= maturity"),
                    jexl.createScript(
                        "var interest = financed.multiply(rate).multiply(days).divide(360B, quotient)"
                            + ".setScale(2, rounding); [interest, financed.subtract(interest)]"))
                : List.of(jexl.createScript("date >= maturity")),
            Event.MATURITY,
            List.of(jexl.createScript("!paid")),
            DAY,
            actions
                ? List.of(
                    jexl.createScript("maturity - today == 5"),
                    jexl.createScript(
                        "state == 'overdue' ? amount.multiply(0.0005B).multiply(today - maturity)"
                            + ".setScale(2, rounding) : false"))
                : List.of(jexl.createScript("state == 'overdue'")));
  }

  /** Evaluates the scripts for the input's occasion; counts those that hold or computed amounts. */
  int evaluate(Input input) {
    int holding = 0;
    for (Object result : results(input)) {
      if (result != null && !Boolean.FALSE.equals(result)) {
        holding++;
      }
    }
    return holding;
  }

  /** What each script for the input's occasion gave, in order. */
  List<Object> results(Input input) {
    List<JexlScript> scripts =
        guards.getOrDefault(input.occasion().event().<Object>map(e -> e).orElse(DAY), List.of());
    MapContext context = context(input);
    List<Object> results = new ArrayList<>(scripts.size());
    for (JexlScript script : scripts) {
      results.add(script.execute(context));
    }
    return results;
  }

  private static MapContext context(Input input) {
    MapContext context = new MapContext();
    Map<String, Value> certificate = ((Value.Entity) input.views().get("certificate")).fields();
    context.set("amount", decimal(certificate.get("amount")));
    context.set("maturity", ((Value.DateValue) certificate.get("maturity")).date().toEpochDay());
    context.set("issued", ((Value.DateValue) certificate.get("issued")).date().toEpochDay());
    context.set("paid", ((Value.Bool) certificate.get("paid")).value());
    context.set("state", ((Value.Text) certificate.get("state")).text());
    context.set("today", input.today().toEpochDay());
    context.set("quotient", MathContext.DECIMAL128);
    context.set("rounding", RoundingMode.HALF_EVEN);
    Map<String, Value> issuer = ((Value.Entity) certificate.get("issuer")).fields();
    context.set("creditUsed", decimal(issuer.get("credit used")));
    context.set("creditLine", decimal(issuer.get("credit line")));
    context.set("minimum", new BigDecimal("1000.00"));
    Value operation = input.views().get("operation");
    if (operation instanceof Value.Entity entity) {
      Value date = entity.fields().get("date");
      if (date != null) {
        context.set("date", ((Value.DateValue) date).date().toEpochDay());
        context.set("financed", decimal(entity.fields().get("amount")));
        context.set("rate", decimal(entity.fields().get("rate")));
        context.set("days", decimal(entity.fields().get("days")));
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
