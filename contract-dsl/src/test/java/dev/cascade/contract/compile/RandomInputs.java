package dev.cascade.contract.compile;

import dev.cascade.contract.runtime.EntityKind;
import dev.cascade.contract.runtime.Input;
import dev.cascade.contract.runtime.Occasion;
import dev.cascade.contract.runtime.Period;
import dev.cascade.contract.runtime.Unit;
import dev.cascade.contract.runtime.Value;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Random views for differential testing; now and then a field is missing, as in a bad input. */
final class RandomInputs {

  private static final Unit CNY = Unit.money("CNY");

  private final SplittableRandom random;

  RandomInputs(SplittableRandom random) {
    this.random = random;
  }

  Input input(List<String> occasions) {
    String occasion = occasions.get(random.nextInt(occasions.size()));
    Map<String, Value> views = new LinkedHashMap<>();
    views.put("certificate", certificate());
    Value.Entity operation = operation();
    views.put("operation", operation);
    views.put("parts", operation.fields().getOrDefault("parts", new Value.ListValue(List.of())));
    if (random.nextInt(4) > 0) {
      views.put("guarantor", party()); // a programme without a guarantor has none
    }
    return new Input(Occasion.byWord(occasion).orElseThrow(), date(), views);
  }

  private Value.Entity certificate() {
    Map<String, Value> fields = new LinkedHashMap<>();
    maybe(fields, "id", new Value.Text("C-" + random.nextInt(100)));
    maybe(fields, "amount", money());
    maybe(fields, "issued", new Value.DateValue(date()));
    maybe(fields, "maturity", new Value.DateValue(date()));
    maybe(fields, "paid", new Value.Bool(random.nextBoolean()));
    maybe(fields, "pledged", new Value.Bool(random.nextBoolean()));
    maybe(fields, "state", new Value.Text(random.nextBoolean() ? "overdue" : "accepted"));
    maybe(fields, "tier", number());
    maybe(fields, "issuer", party());
    maybe(fields, "holder", party());
    maybe(fields, "parent id", new Value.Text("C-" + random.nextInt(100)));
    return new Value.Entity(EntityKind.CERTIFICATE, fields);
  }

  private Value.Entity operation() {
    Map<String, Value> fields = new LinkedHashMap<>();
    maybe(fields, "amount", money());
    maybe(fields, "date", new Value.DateValue(date()));
    maybe(
        fields,
        "rate",
        new Value.Numeric(
            new BigDecimal(random.nextInt(0, 2000)).movePointLeft(4), Unit.rate(Period.YEAR)));
    maybe(
        fields,
        "days",
        new Value.Numeric(BigDecimal.valueOf(random.nextInt(0, 200)), Unit.DURATION));
    if (random.nextInt(10) > 0) {
      List<Value> parts = new ArrayList<>();
      int count = random.nextInt(0, 5);
      for (int i = 0; i < count; i++) {
        Map<String, Value> part = new LinkedHashMap<>();
        part.put("amount", money());
        part.put("tier", number());
        parts.add(new Value.Entity(EntityKind.PART, part));
      }
      fields.put("parts", new Value.ListValue(parts));
    }
    if (random.nextInt(4) == 0) {
      fields.put("interest", money());
    }
    return new Value.Entity(EntityKind.OPERATION, fields);
  }

  private Value.Entity party() {
    Map<String, Value> fields = new LinkedHashMap<>();
    fields.put("name", new Value.Text(random.nextBoolean() ? "Geely Auto" : "Ningbo Castings"));
    maybe(fields, "tier", number());
    maybe(fields, "credit line", money());
    maybe(fields, "credit used", money());
    return new Value.Entity(EntityKind.PARTY, fields);
  }

  /** Nine times in ten the field is there. */
  private void maybe(Map<String, Value> fields, String name, Value value) {
    if (random.nextInt(10) > 0) {
      fields.put(name, value);
    }
  }

  private Value money() {
    return new Value.Numeric(BigDecimal.valueOf(random.nextLong(0, 500_000_000L), 2), CNY);
  }

  private Value number() {
    return new Value.Numeric(BigDecimal.valueOf(random.nextInt(0, 6)), Unit.NUMBER);
  }

  private LocalDate date() {
    return LocalDate.of(2026, 1, 1).plusDays(random.nextInt(0, 365));
  }
}
