package dev.cascade.ledger.application;

import dev.cascade.contract.runtime.Input;
import dev.cascade.contract.runtime.Occasion;
import dev.cascade.contract.runtime.Value;
import dev.cascade.contract.runtime.Views;
import dev.cascade.ledger.domain.Effect;
import dev.cascade.ledger.domain.Money;
import dev.cascade.ledger.domain.certificate.Certificate;
import dev.cascade.ledger.domain.credit.CreditLine;
import dev.cascade.ledger.domain.enterprise.Enterprise;
import dev.cascade.ledger.domain.enterprise.Role;
import dev.cascade.ledger.validation.ContractViews;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The views the programme's rules see for a certificate operation, made from the world state as
 * {@link dev.cascade.contract.check.Schema} states them: each party as its place shows it (the
 * issuer with its credit, a holder or receiver with the tier it holds at, the bank with the line it
 * granted the issuer), every role an enterprise has, and the guarantor when the contract reads it.
 */
final class ContractInput {

  private final WorldState state;
  private final boolean withGuarantor;

  /**
   * @param withGuarantor whether to look the guarantor up: only for contracts that read it, as it
   *     walks the enterprises
   */
  ContractInput(WorldState state, boolean withGuarantor) {
    this.state = state;
    this.withGuarantor = withGuarantor;
  }

  /** Empty for an operation no rule can be written for (cancel). */
  Optional<Input> of(Operation.OnCertificate operation, Effect effect, LocalDate today) {
    Optional<Occasion> occasion = Occasion.byWord(operation.event());
    if (occasion.isEmpty()) {
      return Optional.empty();
    }
    Certificate before = effect.before().orElseThrow();
    Map<String, Value> fields = operation.dispatch(new Fields(before, effect));
    Map<String, Value> views = views(before);
    views.put("operation", Views.operation(operation.event(), fields));
    if (fields.containsKey("parts")) {
      views.put("parts", fields.get("parts"));
    }
    return Optional.of(new Input(occasion.get(), today, views));
  }

  /** The views for a time event on {@code certificate}: the maturity, or a day passing. */
  Input forTime(Certificate certificate, Occasion occasion, LocalDate day) {
    Map<String, Value> views = views(certificate);
    views.put("operation", Views.operation(occasion.word(), Map.of()));
    return new Input(occasion, day, views);
  }

  /** What every occasion sees: the certificate, and the guarantor. */
  private Map<String, Value> views(Certificate certificate) {
    Map<String, Value> views = new HashMap<>();
    views.put(
        "certificate",
        ContractViews.certificate(
            certificate, core(certificate), link(certificate.holder(), certificate.tier())));
    if (withGuarantor) {
      guarantor().ifPresent(guarantor -> views.put("guarantor", guarantor));
    }
    return views;
  }

  /** The fields of the {@code operation} view each kind of operation adds to its kind. */
  private final class Fields implements Operation.OnCertificate.Visitor<Map<String, Value>> {
    private final Certificate before;
    private final Effect effect;

    Fields(Certificate before, Effect effect) {
      this.before = before;
      this.effect = effect;
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
      fields.put("sender", link(before.holder(), before.tier()));
      fields.put("receiver", link(transfer.to(), before.tier() + 1));
      return fields;
    }

    @Override
    public Map<String, Value> split(Operation.Split split) {
      return parts();
    }

    @Override
    public Map<String, Value> finance(Operation.Finance finance) {
      return Views.finance(
          ContractViews.money(before.amount()),
          finance.date(),
          bank(finance.bank(), before),
          finance.yearlyRate(),
          before.maturity());
    }

    @Override
    public Map<String, Value> pledge(Operation.Pledge pledge) {
      return Map.of("pledgee", party(pledge.pledgee()));
    }

    @Override
    public Map<String, Value> release(Operation.Release release) {
      return before
          .pledgee()
          .<Map<String, Value>>map(p -> Map.of("pledgee", party(p)))
          .orElse(Map.of());
    }

    @Override
    public Map<String, Value> pay(Operation.Pay pay) {
      return Map.of();
    }

    /**
     * The new parts a split or a partial transfer made (its first certificate is the old one's);
     * none for a whole transfer.
     */
    private Map<String, Value> parts() {
      Map<String, Value> fields = new HashMap<>();
      List<Certificate> changed = effect.certificates();
      List<Certificate> parts = changed.size() > 1 ? changed.subList(1, changed.size()) : List.of();
      fields.put("parts", ContractViews.parts(parts, part -> link(part.holder(), part.tier())));
      return fields;
    }
  }

  /** The certificate's core enterprise: its tier is 0, its credit the lines banks granted it. */
  private Value.Entity core(Certificate certificate) {
    String name = certificate.rootIssuer();
    Currency currency = certificate.amount().currency();
    return Views.issuer(
        name,
        roles(name),
        ContractViews.money(state.creditLine(name, currency)),
        ContractViews.money(state.creditUsed(name, currency)));
  }

  /** An enterprise in the certificate's chain, holding (or receiving) it at {@code tier}. */
  private Value.Entity link(String name, int tier) {
    return Views.link(name, roles(name), tier);
  }

  /** A financing bank, with the line it granted the certificate's core enterprise. */
  private Value.Entity bank(String name, Certificate certificate) {
    Money line =
        state
            .creditLine(certificate.rootIssuer(), name)
            .map(CreditLine::limit)
            .orElse(Money.zero(certificate.amount().currency()));
    return Views.bank(name, roles(name), ContractViews.money(line));
  }

  private Value.Entity party(String name) {
    return Views.party(name, roles(name));
  }

  /**
   * The programme's guarantor: the approved enterprise with the guarantor role, the first by name
   * if several have it.
   */
  private Optional<Value> guarantor() {
    return state.enterprises().stream()
        .filter(e -> e.approved() && e.has(Role.GUARANTOR))
        .map(Enterprise::name)
        .sorted()
        .findFirst()
        .map(this::party);
  }

  /** Every role a party has, in the roles' order. */
  private List<String> roles(String name) {
    return state.enterprise(name).stream()
        .flatMap(e -> e.roles().stream())
        .sorted()
        .map(r -> r.name().toLowerCase(Locale.ROOT))
        .toList();
  }
}
