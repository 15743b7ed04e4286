package dev.cascade.ledger.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.ledger.chain.Block;
import dev.cascade.ledger.chain.ChainReport;
import dev.cascade.ledger.domain.Money;
import dev.cascade.ledger.transaction.Checked;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A block filled in memory and sealed in one go (how the block producer works) writes the block and
 * the head to the chain store and nothing else, says where each of its transactions is, and gives a
 * chain that audits sound.
 */
class FillingTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final String SUPPLIER = "Ningbo Castings";

  private final LedgerFixture fixture = new LedgerFixture(TODAY);

  @Test
  void aBlockFilledInMemoryWritesOnlyTheChainAndSaysWhereEachTransactionIs() {
    List<String> before = List.copyOf(fixture.store.entries("").keySet());

    Ledger.Filling block = fixture.ledger.fill();
    Outcome first = block.submit(admitted("INV-1"), clock()).orElseThrow();
    Ledger.Admitted admitted = admitted("INV-2");
    Outcome second = block.submit(admitted, clock()).orElseThrow();
    Checked<Outcome> replayed = block.submit(admitted, clock()); // its nonce is used now
    assertThat(replayed.refusal()).isPresent();
    assertThat(fixture.store.entries("").keySet()).containsExactlyElementsOf(before);

    Block sealed = block.seal(fixture.producer).orElseThrow();

    assertThat(sealed.transactions()).hasSize(2);
    assertThat(block.location(first.transactionId()))
        .contains(new Ledger.Location(sealed.height(), 0));
    assertThat(block.location(second.transactionId()))
        .contains(new Ledger.Location(sealed.height(), 1));
    assertThat(fixture.store.entries("").keySet())
        .allSatisfy(key -> assertThat(key).startsWith(Keys.CHAIN))
        .contains(Keys.block(sealed.height()));
    assertThat(fixture.ledger.head()).hasValueSatisfying(h -> assertThat(h).isEqualTo(sealed));
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

  private Ledger.Admitted admitted(String id) {
    Operation.Anchor anchor =
        new Operation.Anchor(
            id + "-" + System.nanoTime(),
            dev.cascade.ledger.domain.document.TradeDocument.Kind.INVOICE,
            id,
            SUPPLIER,
            LedgerFixture.taxId(SUPPLIER),
            DemoProgramme.CORE,
            Money.of("CNY", "100,000.00"),
            TODAY,
            "ab".repeat(32));
    return fixture.ledger.authenticate(fixture.sign(SUPPLIER, anchor)).orElseThrow();
  }

  private long clock() {
    return TODAY.atTime(12, 0).toInstant(LedgerFixture.BEIJING).toEpochMilli();
  }
}
