package dev.cascade.ledger.domain.document;

import dev.cascade.ledger.domain.Money;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A trade document anchored on the ledger by the hash of its file plus its metadata. The file
 * itself stays with the parties; the ledger proves it existed unchanged. An invoice also carries
 * its {@link InvoiceFingerprint}, which finds the same invoice again however its file was encoded.
 *
 * @param contentHash hex hash of the file's bytes
 * @param fingerprint hex invoice fingerprint; empty for other kinds
 */
public record TradeDocument(
    String id,
    Kind kind,
    String number,
    String seller,
    String sellerTaxId,
    String buyer,
    Money amount,
    LocalDate date,
    String contentHash,
    String fingerprint) {

  /** The documents behind a receivable. */
  public enum Kind {
    CONTRACT,
    INVOICE,
    DELIVERY_NOTE;

    public String word() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }
}
