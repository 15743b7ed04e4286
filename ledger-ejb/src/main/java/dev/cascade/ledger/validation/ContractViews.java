package dev.cascade.ledger.validation;

import dev.cascade.contract.runtime.EntityKind;
import dev.cascade.contract.runtime.Unit;
import dev.cascade.contract.runtime.Value;
import dev.cascade.ledger.domain.Money;
import dev.cascade.ledger.domain.certificate.Certificate;
import dev.cascade.ledger.domain.certificate.CertificateState;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The views a contract sees, made from the ledger's domain objects. */
public final class ContractViews {

  private ContractViews() {}

  public static Value.Entity certificate(
      Certificate certificate, Map<String, Value.Entity> parties) {
    Map<String, Value> fields = new LinkedHashMap<>();
    fields.put("id", new Value.Text(certificate.id()));
    fields.put("amount", money(certificate.amount()));
    fields.put("issued", new Value.DateValue(certificate.issued()));
    fields.put("maturity", new Value.DateValue(certificate.maturity()));
    fields.put("paid", new Value.Bool(certificate.state() == CertificateState.SETTLED));
    fields.put("state", new Value.Text(certificate.state().name().toLowerCase(Locale.ROOT)));
    fields.put("tier", number(certificate.tier()));
    fields.put("pledged", new Value.Bool(certificate.pledgee().isPresent()));
    fields.put("financed", new Value.Bool(certificate.financed()));
    fields.put("issuer", party(certificate.rootIssuer(), parties));
    fields.put("root issuer", party(certificate.rootIssuer(), parties));
    fields.put("holder", party(certificate.holder(), parties));
    certificate.parentId().ifPresent(parent -> fields.put("parent id", new Value.Text(parent)));
    return new Value.Entity(EntityKind.CERTIFICATE, fields);
  }

  /** The parts of a split or partial transfer, as {@code parts} and {@code operation.parts}. */
  public static Value.ListValue parts(List<Certificate> parts, Map<String, Value.Entity> parties) {
    return new Value.ListValue(
        parts.stream()
            .<Value>map(
                part ->
                    new Value.Entity(
                        EntityKind.PART,
                        Map.of(
                            "amount", money(part.amount()),
                            "holder", party(part.holder(), parties),
                            "tier", number(part.tier()))))
            .toList());
  }

  public static Value.Numeric money(Money money) {
    return new Value.Numeric(money.amount(), Unit.money(money.currency().getCurrencyCode()));
  }

  public static Value.Numeric number(long value) {
    return new Value.Numeric(BigDecimal.valueOf(value), Unit.NUMBER);
  }

  /** A registered party's view, or one that knows only the name. */
  private static Value.Entity party(String name, Map<String, Value.Entity> parties) {
    return parties.getOrDefault(
        name, new Value.Entity(EntityKind.PARTY, Map.of("name", new Value.Text(name))));
  }
}
