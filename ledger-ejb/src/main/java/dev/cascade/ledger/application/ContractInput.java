package dev.cascade.ledger.application;

import dev.cascade.contract.runtime.EntityKind;
import dev.cascade.contract.runtime.Input;
import dev.cascade.contract.runtime.Occasion;
import dev.cascade.contract.runtime.Period;
import dev.cascade.contract.runtime.Unit;
import dev.cascade.contract.runtime.Value;
import dev.cascade.ledger.domain.Effect;
import dev.cascade.ledger.domain.certificate.Certificate;
import dev.cascade.ledger.domain.enterprise.Enterprise;
import dev.cascade.ledger.domain.enterprise.Role;
import dev.cascade.ledger.validation.ContractViews;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The views the programme's rules see for a certificate operation, made from the world state. */
final class ContractInput {

  private final WorldState state;

  ContractInput(WorldState state) {
    this.state = state;
  }

  /** Empty for an operation no rule can be written for (cancel). */
  Optional<Input> of(Operation.OnCertificate operation, Effect effect, LocalDate today) {
    Optional<Occasion> occasion = Occasion.byWord(operation.event());
    if (occasion.isEmpty()) {
      return Optional.empty();
    }
    Certificate before = effect.before().orElseThrow();
    Map<String, Value.Entity> parties = parties(effect, operation, before);
    Map<String, Value> fields = new HashMap<>();
    fields.put("kind", new Value.Text(operation.event()));
    fields.putAll(operation.dispatch(new Fields(before, effect, parties)));
    Map<String, Value> views = new HashMap<>();
    views.put("certificate", ContractViews.certificate(before, parties));
    views.put("operation", new Value.Entity(EntityKind.OPERATION, fields));
    if (fields.containsKey("parts")) {
      views.put("parts", fields.get("parts"));
    }
    return Optional.of(new Input(occasion.get(), today, views));
  }

  /** The fields of the {@code operation} view each kind of operation adds to its kind. */
  private static final class Fields implements Operation.OnCertificate.Visitor<Map<String, Value>> {
    private final Certificate before;
    private final Effect effect;
    private final Map<String, Value.Entity> parties;

    Fields(Certificate before, Effect effect, Map<String, Value.Entity> parties) {
      this.before = before;
      this.effect = effect;
      this.parties = parties;
    }

    @Override
    public Map<String, Value> issue(Operation.Issue issue) {
      return Map.of(
          "amount",
          ContractViews.money(issue.amount()),
          "invoice",
          new Value.Text(issue.invoiceId()));
    }

    @Override
    public Map<String, Value> accept(Operation.Accept accept) {
      return Map.of();
    }

    @Override
    public Map<String, Value> cancel(Operation.Cancel cancel) {
      return Map.of();
    }

    @Override
    public Map<String, Value> transfer(Operation.Transfer transfer) {
      Map<String, Value> fields = parts();
      fields.put("amount", ContractViews.money(transfer.amount()));
      fields.put("sender", parties.get(before.holder()));
      fields.put("receiver", parties.get(transfer.to()));
      return fields;
    }

    @Override
    public Map<String, Value> split(Operation.Split split) {
      return parts();
    }

    @Override
    public Map<String, Value> finance(Operation.Finance finance) {
      return Map.of(
          "amount", ContractViews.money(before.amount()),
          "date", new Value.DateValue(finance.date()),
          "bank", parties.get(finance.bank()),
          "rate", new Value.Numeric(finance.yearlyRate(), Unit.rate(Period.YEAR)),
          "days",
              new Value.Numeric(
                  BigDecimal.valueOf(ChronoUnit.DAYS.between(finance.date(), before.maturity())),
                  Unit.DURATION));
    }

    @Override
    public Map<String, Value> pledge(Operation.Pledge pledge) {
      return Map.of();
    }

    @Override
    public Map<String, Value> release(Operation.Release release) {
      return Map.of();
    }

    @Override
    public Map<String, Value> pay(Operation.Pay pay) {
      return Map.of();
    }

    /**
     * The new parts a split or a partial transfer made (its first certificate is the old one's).
     */
    private Map<String, Value> parts() {
      Map<String, Value> fields = new HashMap<>();
      List<Certificate> changed = effect.certificates();
      if (changed.size() > 1) {
        fields.put("parts", ContractViews.parts(changed.subList(1, changed.size()), parties));
      }
      return fields;
    }
  }

  /** The views for a time event on {@code certificate}: the maturity, or a day passing. */
  Input forTime(Certificate certificate, Occasion occasion, LocalDate day) {
    Map<String, Value.Entity> parties =
        parties(Effect.successors(certificate, List.of(certificate)), null, certificate);
    Map<String, Value> views = new HashMap<>();
    views.put("certificate", ContractViews.certificate(certificate, parties));
    views.put(
        "operation",
        new Value.Entity(EntityKind.OPERATION, Map.of("kind", new Value.Text(occasion.word()))));
    return new Input(occasion, day, views);
  }

  /** Every enterprise the operation names, as the contract sees a party. */
  private Map<String, Value.Entity> parties(
      Effect effect, Operation.OnCertificate operation, Certificate before) {
    java.util.Set<String> named = new java.util.TreeSet<>();
    named.add(before.rootIssuer());
    named.add(before.holder());
    effect.certificates().forEach(c -> named.add(c.holder()));
    if (operation instanceof Operation.Finance finance) {
      named.add(finance.bank());
    }
    Map<String, Value.Entity> parties = new HashMap<>();
    Currency currency = before.amount().currency();
    for (String name : named) {
      Optional<Enterprise> found = state.enterprise(name);
      if (found.isEmpty()) {
        continue;
      }
      Enterprise enterprise = found.get();
      Map<String, Value> fields = new LinkedHashMap<>();
      fields.put("name", new Value.Text(enterprise.name()));
      fields.put("role", new Value.Text(role(enterprise)));
      if (enterprise.has(Role.CORE)) {
        fields.put(
            "credit line", ContractViews.money(state.creditLine(enterprise.name(), currency)));
        fields.put(
            "credit used", ContractViews.money(state.creditUsed(enterprise.name(), currency)));
      }
      parties.put(enterprise.name(), new Value.Entity(EntityKind.PARTY, fields));
    }
    return parties;
  }

  private static String role(Enterprise enterprise) {
    return enterprise.roles().stream()
        .sorted()
        .findFirst()
        .map(r -> r.name().toLowerCase(java.util.Locale.ROOT))
        .orElse("");
  }
}
