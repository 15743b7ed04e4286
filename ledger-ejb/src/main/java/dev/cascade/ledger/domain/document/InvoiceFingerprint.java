package dev.cascade.ledger.domain.document;

import dev.cascade.ledger.chain.CanonicalWriter;
import dev.cascade.ledger.crypto.HashAlgorithm;
import dev.cascade.ledger.domain.Money;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What makes an invoice the same invoice, however its file was encoded: the seller's tax id, the
 * invoice number, the amount and the date, normalised and hashed. An invoice backs at most one
 * issuance or financing; the ledger refuses a second use of the same fingerprint.
 */
public record InvoiceFingerprint(String hex) {

  private static final java.util.regex.Pattern SEPARATORS =
      java.util.regex.Pattern.compile("[\\s\\-_/.]");

  public static InvoiceFingerprint of(
      HashAlgorithm hash, String sellerTaxId, String invoiceNumber, Money amount, LocalDate date) {
    byte[] canonical =
        new CanonicalWriter()
            .text(normalise(sellerTaxId))
            .text(normalise(invoiceNumber))
            .text(amount.currency().getCurrencyCode())
            .decimal(amount.amount())
            .text(date.toString())
            .toBytes();
    return new InvoiceFingerprint(HexFormat.of().formatHex(hash.hash(canonical)));
  }

  /** Full-width digits and letters, case, spaces and separators do not make a new invoice. */
  static String normalise(String text) {
    String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
    return SEPARATORS.matcher(compatible).replaceAll("").toUpperCase(Locale.ROOT);
  }
}
