package dev.cascade.ledger.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.ledger.chain.CanonicalWriter;
import dev.cascade.ledger.crypto.HashAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StateCommitmentTest {

  private static final HashAlgorithm HASH = LedgerFixture.SETTINGS.hash();

  private final MemoryStore store = new MemoryStore();
  private final StateCommitment commitment = new StateCommitment(store, HASH);
  private final Map<String, byte[]> state = new TreeMap<>();

  @Test
  void theRootKeptUpToDateBlockByBlockIsTheRootOfTheWholeState() {
    Random random = new Random(7);
    for (int block = 0; block < 20; block++) {
      // some new entries, some rewritten: several in one bucket within a block
      for (int i = 0; i < 300; i++) {
        write(Keys.DOCUMENT + random.nextInt(3_000), "v" + random.nextInt());
      }
      assertThat(commitment.root()).isEqualTo(StateCommitment.rootOf(HASH, state));
    }
    byte[] before = commitment.root();
    write(Keys.DOCUMENT + 1, "changed");
    assertThat(commitment.root())
        .isNotEqualTo(before)
        .isEqualTo(StateCommitment.rootOf(HASH, state));
  }

  @Test
  void anIndexWrittenByAnEarlierVersionGivesTheSameRoot() {
    for (int i = 0; i < 2_000; i++) {
      write(Keys.DOCUMENT + i, "v" + i);
    }
    byte[] root = commitment.root();
    // earlier versions kept each bucket's hash after its digests, and no hash entries
    store
        .entries(Keys.STATE_INDEX)
        .forEach(
            (key, digests) -> store.write(key, legacy(digests, store.read(hashKeyOf(key)).get())));
    store.entries(Keys.STATE_BUCKET_HASH).keySet().forEach(store::remove);

    assertThat(commitment.root()).isEqualTo(root);
    write(Keys.DOCUMENT + 5, "after the upgrade");
    assertThat(commitment.root()).isEqualTo(StateCommitment.rootOf(HASH, state));
  }

  private void write(String key, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    state.put(key, bytes);
    commitment.write(key, bytes);
  }

  private static String hashKeyOf(String digestsKey) {
    return Keys.STATE_BUCKET_HASH + digestsKey.substring(Keys.STATE_INDEX.length());
  }

  private static byte[] legacy(byte[] digests, byte[] bucketHash) {
    byte[] hash = new CanonicalWriter().bytes(bucketHash).toBytes();
    byte[] joined = java.util.Arrays.copyOf(digests, digests.length + hash.length);
    System.arraycopy(hash, 0, joined, digests.length, hash.length);
    return joined;
  }
}
