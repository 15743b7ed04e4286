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
import java.util.function.Function;

/** The views a contract sees, made from the ledger's domain objects. */
public final class ContractViews {

  private ContractViews() {}

  /**
   * The certificate's view, with its issuer (the core enterprise) and its holder as the contract
   * sees them in those places.
   */
  public static Value.Entity certificate(
      Certificate certificate, Value.Entity issuer, Value.Entity holder) {
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
    fields.put("issuer", issuer);
    fields.put("root issuer", issuer);
    fields.put("holder", holder);
    certificate.parentId().ifPresent(parent -> fields.put("parent id", new Value.Text(parent)));
    return new Value.Entity(EntityKind.CERTIFICATE, fields);
  }

  /**
   * The parts of a split or partial transfer, as {@code parts} and {@code operation.parts}, each
   * with its holder as {@code holder} sees it.
   */
  public static Value.ListValue parts(
      List<Certificate> parts, Function<Certificate, Value.Entity> holder) {
    return new Value.ListValue(
        parts.stream()
            .<Value>map(
                part ->
                    new Value.Entity(
                        EntityKind.PART,
                        Map.of(
                            "amount", money(part.amount()),
                            "holder", holder.apply(part),
                            "tier", number(part.tier()))))
            .toList());
  }

  public static Value.Numeric money(Money money) {
    return new Value.Numeric(money.amount(), Unit.money(money.currency().getCurrencyCode()));
  }

  public static Value.Numeric number(long value) {
    return new Value.Numeric(BigDecimal.valueOf(value), Unit.NUMBER);
  }
}
