package dev.cascade.ledger.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cascade.ledger.domain.Change;
import dev.cascade.ledger.domain.Money;
import dev.cascade.ledger.domain.certificate.Certificate;
import dev.cascade.ledger.domain.credit.CreditLine;
import dev.cascade.ledger.domain.document.TradeDocument;
import dev.cascade.ledger.domain.enterprise.Enterprise;
import dev.cascade.ledger.domain.enterprise.Role;
import dev.cascade.ledger.domain.financing.Financing;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class StateLayoutTest {

  private static final Money AMOUNT = Money.of("CNY", "1,000.00");

  /** One change of every kind. */
  private static List<Change> everyKind() {
    Certificate certificate =
        Certificate.issue(
            "C1",
            "contract-1",
            "Geely Auto",
            "Ningbo Castings",
            AMOUNT,
            LocalDate.of(2026, 1, 10),
            LocalDate.of(2026, 6, 30));
    return List.of(
        new Change.EnterpriseChanged(
            new Enterprise("Geely Auto", "T", EnumSet.of(Role.CORE), new byte[] {1, 2}, true)),
        new Change.LedgerFounded("Cascade Operator"),
        new Change.DocumentAnchored(
            new TradeDocument(
                "D1",
                TradeDocument.Kind.INVOICE,
                "INV-1",
                "Ningbo Castings",
                "T1",
                "Geely Auto",
                AMOUNT,
                LocalDate.of(2026, 1, 8),
                "ab".repeat(32),
                "cd".repeat(32))),
        new Change.InvoiceUsed("cd".repeat(32), "D1"),
        new Change.CreditLineSet(new CreditLine("Bank of Ningbo", "Geely Auto", AMOUNT)),
        new Change.CreditTotalChanged("Geely Auto", Money.of("USD", "5.00")),
        new Change.ContractDeployed("contract-1", "rule source"),
        new Change.ProgrammeChosen("contract-1"),
        new Change.CertificateChanged(certificate),
        new Change.OutstandingChanged("Geely Auto", AMOUNT),
        new Change.FinancingRecorded(
            new Financing("C1", "Bank of Ningbo", Money.of("CNY", "10.00"), AMOUNT)),
        new Change.NonceAdvanced("Geely Auto", 42),
        new Change.ClockAdvanced(LocalDate.of(2026, 1, 9)));
  }

  @Test
  void everyKindOfChangeHasItsOwnKeyAndReadsBackAsItself() {
    Set<String> keys = new TreeSet<>();
    for (Change change : everyKind()) {
      StateLayout.Entry entry = StateLayout.entry(change);
      Change read = StateLayout.change(entry.key(), entry.value());

      assertThat(entry.key()).startsWith(Keys.STATE);
      assertThat(read.getClass()).isEqualTo(change.getClass());
      assertThat(StateLayout.entry(read).value()).isEqualTo(entry.value());
      if (!(change instanceof Change.EnterpriseChanged)) { // a record with a key's bytes
        assertThat(read).isEqualTo(change);
      }
      keys.add(entry.key());
    }
    assertThat(keys).hasSize(everyKind().size());
  }

  @Test
  void aWholeStateReadsBackAsTheChangesThatWroteIt() {
    TreeMap<String, byte[]> state = new TreeMap<>();
    everyKind().forEach(c -> state.put(StateLayout.entry(c).key(), StateLayout.entry(c).value()));

    assertThat(StateLayout.changes(state)).hasSize(everyKind().size());
  }

  @Test
  void aKeyOutsideTheLayoutIsRefused() {
    assertThatThrownBy(() -> StateLayout.change(Keys.STATE + "vault/1", new byte[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("state/vault/1 is not a world-state entry");
  }
}
