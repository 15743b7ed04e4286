package dev.cascade.ledger.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cascade.ledger.crypto.HashAlgorithm;
import dev.cascade.ledger.validation.Programmes;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StateCommitmentTest {

  private static final HashAlgorithm HASH = LedgerFixture.SETTINGS.hash();

  private final MemoryStore store = new MemoryStore();
  private final Map<String, byte[]> state = new TreeMap<>();

  @ParameterizedTest
  @ValueSource(ints = {1_024, StateCommitment.BUCKETS})
  void theRootKeptUpToDateBlockByBlockIsTheRootOfTheWholeState(int buckets) {
    StateCommitment commitment = new StateCommitment(store, HASH, buckets, false);
    assertThat(commitment.root()).isEqualTo(StateCommitment.rootOf(HASH, buckets, state));
    Random random = new Random(7);
    for (int block = 0; block < 8; block++) {
      // some new entries, some rewritten: several in one bucket within a block
      for (int i = 0; i < 300; i++) {
        write(commitment, StateLayout.DOCUMENT + random.nextInt(3_000), "v" + random.nextInt());
      }
      assertThat(commitment.root()).isEqualTo(StateCommitment.rootOf(HASH, buckets, state));
    }
    byte[] before = commitment.root();
    write(commitment, StateLayout.DOCUMENT + 1, "changed");
    assertThat(commitment.root())
        .isNotEqualTo(before)
        .isEqualTo(StateCommitment.rootOf(HASH, buckets, state));
  }

  @ParameterizedTest
  @ValueSource(ints = {1_024, StateCommitment.BUCKETS})
  void aTransactionsWritesCountWhenItCommitsAndAreForgottenWhenItRollsBack(int buckets) {
    StateCommitment commitment = new StateCommitment(store, HASH, buckets, true);
    Random random = new Random(11);
    for (int block = 0; block < 12; block++) {
      commitment.begin();
      Map<String, byte[]> before = new TreeMap<>(state);
      byte[] rootBefore = StateCommitment.rootOf(HASH, buckets, before);
      for (int i = 0; i < 300; i++) {
        write(commitment, StateLayout.DOCUMENT + random.nextInt(3_000), "v" + random.nextInt());
      }
      // a transaction that seals: the root has its writes; one that does not seal (a
      // transaction applied now and sealed by a later one) commits before any root is asked for
      boolean seals = block % 2 == 0;
      if (seals) {
        assertThat(commitment.root()).isEqualTo(StateCommitment.rootOf(HASH, buckets, state));
      }
      boolean commits = block % 3 != 2;
      if (!commits) {
        // the store rolls back, and so must the index
        store.entries(Keys.STATE).keySet().forEach(store::remove);
        before.forEach(store::write);
        state.clear();
        state.putAll(before);
      }
      commitment.ended(commits);
      assertThat(commitment.root()).isEqualTo(StateCommitment.rootOf(HASH, buckets, state));
      if (!commits) {
        assertThat(commitment.root()).isEqualTo(rootBefore);
      }
    }
  }

  @Test
  void theIndexIsBuiltFromTheStoredEntriesOnFirstUseAndNeverStored() {
    for (int i = 0; i < 2_000; i++) {
      byte[] value = ("v" + i).getBytes(StandardCharsets.UTF_8);
      store.write(StateLayout.DOCUMENT + i, value);
      state.put(StateLayout.DOCUMENT + i, value);
    }
    StateCommitment started = new StateCommitment(store, HASH, StateCommitment.BUCKETS, true);
    assertThat(started.root())
        .isEqualTo(StateCommitment.rootOf(HASH, StateCommitment.BUCKETS, state));

    started.begin();
    write(started, StateLayout.DOCUMENT + 5, "after a restart");
    started.ended(true);
    assertThat(started.root())
        .isEqualTo(StateCommitment.rootOf(HASH, StateCommitment.BUCKETS, state));
    // nothing of the index in the store: only the state
    assertThat(store.entries("").keySet()).containsExactlyInAnyOrderElementsOf(state.keySet());
  }

  @Test
  void aTransactionThatEndedUnderItsThreadWritesNothingMore() throws Exception {
    StateCommitment commitment = new StateCommitment(store, HASH, StateCommitment.BUCKETS, true);
    commitment.begin();
    write(commitment, StateLayout.DOCUMENT + 1, "kept");
    commitment.ended(true);
    byte[] root = commitment.root();
    // the transaction timed out and ended in another thread; then its thread writes again
    commitment.begin();
    Thread reaper = new Thread(() -> commitment.ended(false));
    reaper.start();
    reaper.join();
    assertThatThrownBy(() -> commitment.write(StateLayout.DOCUMENT + 2, new byte[] {1}))
        .isInstanceOf(IllegalStateException.class);
    assertThat(commitment.root()).isEqualTo(root);
  }

  @Test
  void theNumberOfBucketsIsAPowerOfTwoUpTo65536() {
    assertThatThrownBy(() -> new StateCommitment(store, HASH, 1_000, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("power of two");
    assertThatThrownBy(() -> new StateCommitment(store, HASH, 131_072, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLedgerRecordsItsBucketsAndFormatWithItsFirstBlockAndOneFromAnEarlierBuildIsRefused() {
    LedgerFixture fixture = new LedgerFixture(java.time.LocalDate.of(2026, 11, 23));
    assertThat(fixture.ledger.stateBuckets()).isEqualTo(StateCommitment.BUCKETS);
    assertThat(fixture.store.read(Keys.STATE_BUCKETS).map(StateCodec::number))
        .contains((long) StateCommitment.BUCKETS);
    assertThat(fixture.store.read(Keys.FORMAT).map(StateCodec::number))
        .contains(Keys.CURRENT_FORMAT);
    assertThat(new Ledger(LedgerFixture.SETTINGS, fixture.store, new Programmes()).stateBuckets())
        .isEqualTo(StateCommitment.BUCKETS);

    // an earlier build stored blocks and the world state, and no format
    MemoryStore earlier = new MemoryStore();
    earlier.write(Keys.HEAD, StateCodec.number(0));
    earlier.write(StateLayout.CERTIFICATE + "C1", new byte[] {1});
    assertThatThrownBy(() -> new Ledger(LedgerFixture.SETTINGS, earlier, new Programmes()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("founded by an earlier build")
        .hasMessageContaining("standalone/data/infinispan/cascade");
  }

  /** As WorldState writes: the commitment first, then the store. */
  private void write(StateCommitment commitment, String key, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    state.put(key, bytes);
    commitment.write(key, bytes);
    store.write(key, bytes);
  }
}
