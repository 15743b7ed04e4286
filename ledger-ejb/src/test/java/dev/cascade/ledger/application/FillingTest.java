package dev.cascade.ledger.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.ledger.chain.Block;
import dev.cascade.ledger.chain.ChainReport;
import dev.cascade.ledger.domain.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A block filled in memory and sealed in one go (how the block producer works) writes nothing under
 * {@code pending/}, takes what already waited in the store first, and gives a chain that audits
 * sound, as the stored way does.
 */
class FillingTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final String SUPPLIER = "Ningbo Castings";

  private final LedgerFixture fixture = new LedgerFixture(TODAY);

  @Test
  void aBlockFilledInMemoryIsSealedWithWhatWaitedInTheStoreFirst() {
    Outcome waiting = anchor("INV-1");
    assertThat(fixture.ledger.hasPending()).isTrue();

    Ledger.Filling block = fixture.ledger.fill();
    assertThat(fixture.store.entries(Keys.PENDING)).isEmpty();
    Outcome second = block.submit(admitted("INV-2"), clock());
    Ledger.Admitted admitted = admitted("INV-3");
    Outcome third = block.submit(admitted, clock());
    Outcome replayed = block.submit(admitted, clock()); // its nonce is used now
    assertThat(replayed.rejection()).isPresent();
    assertThat(fixture.store.entries(Keys.PENDING)).isEmpty();
    assertThat(fixture.ledger.hasPending()).isFalse();

    Block sealed = block.seal(fixture.producer).orElseThrow();

    assertThat(sealed.transactions()).hasSize(3);
    assertThat(List.of(waiting, second, third))
        .allSatisfy(
            outcome ->
                assertThat(fixture.ledger.locate(outcome.transactionId()))
                    .hasValueSatisfying(at -> assertThat(at.height()).isEqualTo(sealed.height())));
    assertThat(fixture.ledger.locate(waiting.transactionId()).orElseThrow().index()).isZero();
    assertThat(fixture.store.entries(Keys.PENDING)).isEmpty();
    ChainReport report =
        fixture.audit().audit(fixture.ledger.storedBlocks(), fixture.ledger.state().entries());
    assertThat(report.failure()).isEmpty();
  }

  @Test
  void anEmptyBlockSealsNothing() {
    Ledger.Filling block = fixture.ledger.fill();
    assertThat(block.isEmpty()).isTrue();
    assertThat(block.seal(fixture.producer)).isEmpty();
  }

  private Outcome anchor(String id) {
    return fixture.anchorInvoice(
        id, id, SUPPLIER, DemoProgramme.CORE, Money.of("CNY", "100,000.00"), TODAY);
  }

  private Ledger.Admitted admitted(String id) {
    Operation.Anchor anchor =
        new Operation.Anchor(
            id + "-" + System.nanoTime(),
            dev.cascade.ledger.domain.TradeDocument.Kind.INVOICE,
            id,
            SUPPLIER,
            LedgerFixture.taxId(SUPPLIER),
            DemoProgramme.CORE,
            Money.of("CNY", "100,000.00"),
            TODAY,
            "ab".repeat(32));
    return fixture.ledger.authenticate(fixture.sign(SUPPLIER, anchor)).admitted().orElseThrow();
  }

  private long clock() {
    return TODAY.atTime(12, 0).toInstant(LedgerFixture.BEIJING).toEpochMilli();
  }
}
