package dev.cascade.ledger.domain.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.ledger.crypto.HashAlgorithm;
import dev.cascade.ledger.domain.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** One invoice behind two issuances is caught even when it is written differently. */
class InvoiceFingerprintTest {

  private static final LocalDate DATE = LocalDate.of(2026, 1, 8);

  @Test
  void theSameInvoiceReEncodedHasTheSameFingerprint() {
    InvoiceFingerprint original =
        InvoiceFingerprint.of(
            HashAlgorithm.SM3,
            "91330200MA2H12345X",
            "INV-2026-0001",
            Money.of("CNY", "1,505,500.00"),
            DATE);
    InvoiceFingerprint reEncoded =
        InvoiceFingerprint.of(
            HashAlgorithm.SM3,
            "９１３３０２００ｍａ２ｈ１２３４５ｘ",
            "inv 2026 0001",
            Money.of("CNY", "1505500"),
            DATE);

    assertThat(reEncoded).isEqualTo(original);
  }

  @Test
  void anotherNumberAmountOrDateIsAnotherInvoice() {
    Money amount = Money.of("CNY", "1,505,500.00");
    InvoiceFingerprint original =
        InvoiceFingerprint.of(
            HashAlgorithm.SM3, "91330200MA2H12345X", "INV-2026-0001", amount, DATE);

    assertThat(
            InvoiceFingerprint.of(
                HashAlgorithm.SM3, "91330200MA2H12345X", "INV-2026-0002", amount, DATE))
        .isNotEqualTo(original);
    assertThat(
            InvoiceFingerprint.of(
                HashAlgorithm.SM3,
                "91330200MA2H12345X",
                "INV-2026-0001",
                Money.of("CNY", "1,505,500.01"),
                DATE))
        .isNotEqualTo(original);
    assertThat(
            InvoiceFingerprint.of(
                HashAlgorithm.SM3, "91330200MA2H12345X", "INV-2026-0001", amount, DATE.plusDays(1)))
        .isNotEqualTo(original);
  }
}
