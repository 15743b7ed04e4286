package dev.cascade.ledger.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cascade.ledger.chain.Block;
import dev.cascade.ledger.validation.Programmes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node opens its ledger from the newest snapshot that is the state the chain says, and the blocks
 * after it; a snapshot with one flipped byte, or one of another state, is discarded with a warning
 * naming its file, and the node comes up with the same state all the same.
 */
class RecoveryTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @TempDir Path directory;

  private LedgerFixture fixture;
  private Snapshots snapshots;

  @BeforeEach
  void runTheDemo() {
    fixture = new LedgerFixture(TODAY);
    snapshots = new Snapshots(directory);
    fixture.runDemo(TODAY, operation -> true); // a block a step
  }

  @Test
  void aGoodSnapshotSavesReplayingTheBlocksBeforeIt() {
    long height = snapshotNow();
    fixture.submit(DemoProgramme.CORE, new Operation.Pay("GA-0001")); // a block after the snapshot
    fixture.seal();

    Recovery.Opened opened = open();

    assertThat(opened.report().snapshot()).hasValue(height);
    assertThat(opened.report().applied()).isEqualTo(1);
    assertThat(opened.report().warnings()).isEmpty();
    assertSameState(opened.ledger());
  }

  @Test
  void aSnapshotWithOneFlippedByteIsDiscardedWithAWarningNamingItsFile() throws IOException {
    long older = snapshotAt(3);
    long newest = snapshotNow();
    Path file = snapshots.files(Long.MAX_VALUE).get(0);
    for (int offset : List.of(200, 4_000)) {
      flip(file, offset);
      Recovery.Opened opened = open();

      assertThat(opened.report().warnings())
          .singleElement()
          .asString()
          .contains(file.toString())
          .contains("discarded");
      assertThat(opened.report().snapshot()).hasValue(older);
      assertThat(file).doesNotExist();
      assertThat(file.resolveSibling(file.getFileName() + ".discarded")).exists();
      assertSameState(opened.ledger());
      Files.move(file.resolveSibling(file.getFileName() + ".discarded"), file);
      flip(file, offset); // whole again, for the next offset
    }
    assertThat(open().report().snapshot()).hasValue(newest);
  }

  @Test
  void aWholeSnapshotOfAnotherStateIsDiscardedAndTheBlocksReplayedFromGenesis() {
    long height = fixture.ledger.head().orElseThrow().height();
    SortedMap<String, byte[]> other = new TreeMap<>(fixture.ledger.state().entries());
    other.put(StateLayout.CLOCK, StateCodec.text("2031-01-01"));
    snapshots.write(height, fixture.ledger.stateBuckets(), other);

    Recovery.Opened opened = open();

    assertThat(opened.report().warnings())
        .singleElement()
        .asString()
        .contains("is not the state after block " + height);
    assertThat(opened.report().snapshot()).isEmpty();
    assertThat(opened.report().applied()).isEqualTo(height + 1);
    assertSameState(opened.ledger());
  }

  @Test
  void aSnapshotAboveTheChainsHeadIsDiscardedAndNoNewerOneIsPrunedForIt() {
    long head = fixture.ledger.head().orElseThrow().height();
    snapshots.write(head + 5, fixture.ledger.stateBuckets(), fixture.ledger.state().entries());
    snapshots.write(head + 9, fixture.ledger.stateBuckets(), fixture.ledger.state().entries());
    long kept = snapshotNow(); // lower than both, yet kept: it is the one just written

    Recovery.Opened opened = open();

    // two are kept: the one just written, and the newest other (head + 9)
    assertThat(opened.report().warnings())
        .singleElement()
        .asString()
        .contains("snapshot-" + String.format("%012d", head + 9))
        .contains("above the chain's head " + head);
    assertThat(opened.report().snapshot()).hasValue(kept);
    assertSameState(opened.ledger());
  }

  @Test
  void aStoredBlockThatDoesNotApplyStopsTheNodeNamingItsHeight() {
    long height = fixture.ledger.head().orElseThrow().height() - 1;
    byte[] block = fixture.store.read(Keys.block(height)).orElseThrow();
    byte[] tampered = block.clone();
    tampered[tampered.length / 2] ^= 0x04;
    fixture.store.write(Keys.block(height), tampered);

    assertThatThrownBy(this::open)
        .isInstanceOf(RuntimeException.class)
        .hasMessageContaining(String.valueOf(height));
  }

  private Recovery.Opened open() {
    return new Recovery(LedgerFixture.SETTINGS, fixture.store, new Programmes(), true)
        .open(snapshots, progress -> {});
  }

  private long snapshotNow() {
    Ledger.Applied applied = fixture.ledger.applied();
    long height = applied.head().orElseThrow().height();
    snapshots.write(height, fixture.ledger.stateBuckets(), applied.state());
    return height;
  }

  /** A snapshot at an earlier height, made by replaying the chain up to it. */
  private long snapshotAt(long height) {
    Ledger replayed = new Ledger(LedgerFixture.SETTINGS, fixture.producers(), new Programmes());
    for (long h = 0; h <= height; h++) {
      assertThat(replayed.applyBlock(fixture.ledger.block(h).orElseThrow())).isEmpty();
    }
    snapshots.write(height, replayed.stateBuckets(), replayed.state().entries());
    return height;
  }

  private void assertSameState(Ledger opened) {
    assertThat(opened.head().map(Block::height))
        .isEqualTo(fixture.ledger.head().map(Block::height));
    assertThat(opened.stateRoot()).isEqualTo(fixture.ledger.stateRoot());
    assertThat(opened.state().entries()).containsExactlyEntriesOf(fixture.ledger.state().entries());
  }

  private static void flip(Path file, int offset) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    bytes[Math.min(offset, bytes.length - 10)] ^= 0x01;
    Files.write(file, bytes);
  }
}
