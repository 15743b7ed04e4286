package dev.cascade.ledger.projection;

import dev.cascade.ledger.domain.certificate.Certificate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A certificate as queries see it: one row per certificate and part, with its lineage. */
@Entity
@Table(
    name = "cascade_certificate",
    indexes = {
      @Index(name = "cascade_certificate_holder", columnList = "holder"),
      @Index(name = "cascade_certificate_issuer", columnList = "rootIssuer"),
      @Index(name = "cascade_certificate_parent", columnList = "parentId")
    })
public class CertificateRow {

  @Id
  @Column(length = 64)
  String id;

  @Column(length = 64, nullable = false)
  String programme;

  @Column(length = 100, nullable = false)
  String rootIssuer;

  @Column(length = 100, nullable = false)
  String holder;

  @Column(length = 3, nullable = false)
  String currency;

  @Column(precision = 24, scale = 4, nullable = false)
  BigDecimal amount;

  @Column(nullable = false)
  LocalDate issued;

  @Column(nullable = false)
  LocalDate maturity;

  @Column(length = 16, nullable = false)
  String state;

  @Column(length = 64)
  String parentId;

  int tier;

  @Column(length = 100)
  String pledgee;

  boolean financed;

  protected CertificateRow() {}

  CertificateRow(Certificate c) {
    id = c.id();
    programme = c.programme();
    rootIssuer = c.rootIssuer();
    holder = c.holder();
    currency = c.amount().currency().getCurrencyCode();
    amount = c.amount().amount();
    issued = c.issued();
    maturity = c.maturity();
    state = c.state().name();
    parentId = c.parentId().orElse(null);
    tier = c.tier();
    pledgee = c.pledgee().orElse(null);
    financed = c.financed();
  }

  CertificateView view() {
    return new CertificateView(
        id,
        programme,
        rootIssuer,
        holder,
        currency,
        Queries.exact(currency, amount),
        issued,
        maturity,
        state,
        java.util.Optional.ofNullable(parentId),
        tier,
        java.util.Optional.ofNullable(pledgee),
        financed);
  }
}
