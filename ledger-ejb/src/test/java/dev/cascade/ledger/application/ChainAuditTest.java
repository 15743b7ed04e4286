package dev.cascade.ledger.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.ledger.chain.ChainReport;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo programme run through the ledger, then audited: the chain replays to the same world
 * state, and a flipped byte in a block or a state entry is found at its height.
 */
class ChainAuditTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private LedgerFixture fixture;

  @BeforeEach
  void runTheDemo() {
    fixture = new LedgerFixture(TODAY);
    // several blocks, so that heights mean something
    fixture.runDemo(TODAY, operation -> operation instanceof Operation.Accept);
  }

  @Test
  void theDemoIsALivingLedger() {
    List<dev.cascade.ledger.domain.certificate.Certificate> certificates =
        fixture.ledger.state().certificates();
    assertThat(certificates).hasSizeBetween(18, 30);
    assertThat(certificates).anySatisfy(c -> assertThat(c.tier()).isEqualTo(3));
    assertThat(certificates).anySatisfy(c -> assertThat(c.financed()).isTrue());
    assertThat(certificates).anySatisfy(c -> assertThat(c.pledgee()).isPresent());
  }

  @Test
  void theStateRootKeptUpToDateIsTheRootOfTheWholeState() {
    assertThat(fixture.ledger.stateRoot())
        .isEqualTo(
            WorldState.rootOf(
                LedgerFixture.SETTINGS.hash(), fixture.ledger.stateBuckets(), state()))
        .isEqualTo(fixture.chain().get(fixture.chain().size() - 1).stateRoot());
  }

  @Test
  void anUntouchedLedgerAuditsSound() {
    ChainReport report = fixture.audit().audit(fixture.ledger.storedBlocks(), state());

    assertThat(report.failure()).isEmpty();
    assertThat(report.verified()).isEqualTo(fixture.chain().size());
    assertThat(fixture.audit().replay(fixture.ledger.storedBlocks()).orElseThrow())
        .containsOnlyKeys(state().keySet());
  }

  @Test
  void aFlippedByteInAStateEntryIsFoundAtTheHeightThatWroteIt() {
    Map<String, byte[]> state = state();
    String key = StateLayout.CERTIFICATE + "GA-0002-T1";
    byte[] entry = state.get(key).clone();
    entry[entry.length - 3] ^= 1;
    state.put(key, entry);

    ChainReport report = fixture.audit().audit(fixture.ledger.storedBlocks(), state);

    long wroteIt = fixture.locate(lastTransactionOn("GA-0002-T1")).orElseThrow().height();
    assertThat(report.failure())
        .get()
        .satisfies(
            f -> {
              assertThat(f.height()).isEqualTo(wroteIt);
              assertThat(f.reason()).contains(key);
            });
  }

  @Test
  void aFlippedByteInAStoredBlockIsFoundAtItsHeight() {
    List<byte[]> blocks = fixture.ledger.storedBlocks();
    for (int height : List.of(0, blocks.size() / 2, blocks.size() - 1)) {
      List<byte[]> tampered = new java.util.ArrayList<>(blocks);
      byte[] block = tampered.get(height).clone();
      block[block.length / 2] ^= 0x10;
      tampered.set(height, block);

      assertThat(fixture.audit().audit(tampered, state()).failure())
          .get()
          .extracting(ChainReport.Failure::height)
          .isEqualTo((long) height);
    }
  }

  private Map<String, byte[]> state() {
    return new HashMap<>(fixture.ledger.state().entries());
  }

  /** The id of the last transaction whose operation names {@code certificate}. */
  private String lastTransactionOn(String certificate) {
    String last = null;
    for (var block : fixture.chain()) {
      for (byte[] entry : block.transactions()) {
        var signed = dev.cascade.ledger.transaction.SignedTransaction.decode(entry);
        if (!FollowUp.is(signed.transaction())) {
          Operation operation = Operation.decode(signed.transaction().body());
          if (operation.subject().equals(certificate)) {
            last = fixture.ledger.transactionId(entry);
          }
        }
      }
    }
    return last;
  }
}
