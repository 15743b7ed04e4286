package dev.cascade.ledger.validation;

import dev.cascade.contract.runtime.Value;
import dev.cascade.contract.runtime.Views;
import dev.cascade.ledger.domain.Money;
import dev.cascade.ledger.domain.certificate.Certificate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The views a contract sees, made from the ledger's domain objects through the contract runtime's
 * {@link Views}, which names their fields.
 */
public final class ContractViews {

  private ContractViews() {}

  /**
   * The certificate's view, with its issuer (the core enterprise) and its holder as the contract
   * sees them in those places.
   */
  public static Value.Entity certificate(
      Certificate certificate, Value.Entity issuer, Value.Entity holder) {
    return Views.certificate(
        new Views.CertificateFacts(
            certificate.id(),
            money(certificate.amount()),
            certificate.issued(),
            certificate.maturity(),
            certificate.state().name().toLowerCase(Locale.ROOT),
            certificate.tier(),
            certificate.pledgee().isPresent(),
            certificate.financed(),
            certificate.parentId()),
        issuer,
        holder);
  }

  /**
   * The parts of a split or partial transfer, as {@code parts} and {@code operation.parts}, each
   * with its holder as {@code holder} sees it.
   */
  public static Value.ListValue parts(
      List<Certificate> parts, Function<Certificate, Value.Entity> holder) {
    return new Value.ListValue(
        parts.stream()
            .<Value>map(part -> Views.part(money(part.amount()), holder.apply(part), part.tier()))
            .toList());
  }

  public static Value.Numeric money(Money money) {
    return Views.money(money.amount(), money.currency().getCurrencyCode());
  }

  public static Value.Numeric number(long value) {
    return Views.number(value);
  }
}
