package dev.cascade.ledger.application;

import dev.cascade.contract.runtime.EntityKind;
import dev.cascade.contract.runtime.Input;
import dev.cascade.contract.runtime.Occasion;
import dev.cascade.contract.runtime.Period;
import dev.cascade.contract.runtime.Unit;
import dev.cascade.contract.runtime.Value;
import dev.cascade.ledger.domain.Certificate;
import dev.cascade.ledger.domain.Enterprise;
import dev.cascade.ledger.domain.Money;
import dev.cascade.ledger.domain.Role;
import dev.cascade.ledger.validation.ContractViews;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
  Optional<Input> of(Operation.OnCertificate operation, Staged staged, LocalDate today) {
    Optional<Occasion> occasion = Occasion.byWord(operation.event());
    if (occasion.isEmpty()) {
      return Optional.empty();
    }
    Certificate before = staged.before().orElseThrow();
    Map<String, Value.Entity> parties = parties(staged, operation, before);
    Map<String, Value> fields = new HashMap<>();
    fields.put("kind", new Value.Text(operation.event()));
    List<Certificate> changed = staged.changed();
    if (changed.size() > 1 && !(operation instanceof Operation.Pay)) {
      fields.put("parts", ContractViews.parts(changed.subList(1, changed.size()), parties));
    }
    if (operation instanceof Operation.Transfer transfer) {
      fields.put("amount", ContractViews.money(transfer.amount()));
      fields.put("sender", parties.get(before.holder()));
      fields.put("receiver", parties.get(transfer.to()));
    }
    if (operation instanceof Operation.Finance finance) {
      fields.put("amount", ContractViews.money(before.amount()));
      fields.put("date", new Value.DateValue(finance.date()));
      fields.put("bank", parties.get(finance.bank()));
      fields.put("rate", new Value.Numeric(finance.yearlyRate(), Unit.rate(Period.YEAR)));
      fields.put(
          "days",
          new Value.Numeric(
              BigDecimal.valueOf(ChronoUnit.DAYS.between(finance.date(), before.maturity())),
              Unit.DURATION));
    }
    if (operation instanceof Operation.Issue issue) {
      fields.put("amount", ContractViews.money(issue.amount()));
      fields.put("invoice", new Value.Text(issue.invoiceId()));
    }
    Map<String, Value> views = new HashMap<>();
    views.put("certificate", ContractViews.certificate(before, parties));
    views.put("operation", new Value.Entity(EntityKind.OPERATION, fields));
    if (fields.containsKey("parts")) {
      views.put("parts", fields.get("parts"));
    }
    return Optional.of(new Input(occasion.get(), today, views));
  }

  /** The views for a time event on {@code certificate}: the maturity, or a day passing. */
  Input forTime(Certificate certificate, Occasion occasion, LocalDate day) {
    Map<String, Value.Entity> parties =
        parties(Staged.certificates(certificate, List.of(certificate)), null, certificate);
    Map<String, Value> views = new HashMap<>();
    views.put("certificate", ContractViews.certificate(certificate, parties));
    views.put(
        "operation",
        new Value.Entity(EntityKind.OPERATION, Map.of("kind", new Value.Text(occasion.word()))));
    return new Input(occasion, day, views);
  }

  /** Every enterprise the operation names, as the contract sees a party. */
  private Map<String, Value.Entity> parties(
      Staged staged, Operation.OnCertificate operation, Certificate before) {
    java.util.Set<String> named = new java.util.TreeSet<>();
    named.add(before.rootIssuer());
    named.add(before.holder());
    staged.changed().forEach(c -> named.add(c.holder()));
    if (operation instanceof Operation.Finance finance) {
      named.add(finance.bank());
    }
    Map<String, Value.Entity> parties = new HashMap<>();
    Money zero = new Money(BigDecimal.ZERO, before.amount().currency());
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
        fields.put("credit line", ContractViews.money(state.creditLine(enterprise.name(), zero)));
        fields.put("credit used", ContractViews.money(state.creditUsed(enterprise.name(), zero)));
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
