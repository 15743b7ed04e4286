package dev.cascade.ledger.projection;

import dev.cascade.ledger.domain.document.TradeDocument;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An anchored trade document as queries see it. */
@Entity
@Table(name = "cascade_document")
public class DocumentRow {

  @Id
  @Column(length = 64)
  String id;

  @Column(length = 16, nullable = false)
  String kind;

  @Column(length = 64, nullable = false)
  String number;

  @Column(length = 100, nullable = false)
  String seller;

  @Column(length = 100, nullable = false)
  String buyer;

  @Column(length = 3, nullable = false)
  String currency;

  @Column(precision = 24, scale = 4, nullable = false)
  BigDecimal amount;

  @Column(nullable = false)
  LocalDate documentDate;

  @Column(length = 128, nullable = false)
  String contentHash;

  @Column(length = 128)
  String fingerprint;

  protected DocumentRow() {}

  DocumentRow(TradeDocument d) {
    id = d.id();
    kind = d.kind().name();
    number = d.number();
    seller = d.seller();
    buyer = d.buyer();
    currency = d.amount().currency().getCurrencyCode();
    amount = d.amount().amount();
    documentDate = d.date();
    contentHash = d.contentHash();
    fingerprint = d.fingerprint().isEmpty() ? null : d.fingerprint();
  }
}
