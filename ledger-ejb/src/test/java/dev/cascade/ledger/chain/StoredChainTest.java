package dev.cascade.ledger.chain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.ledger.crypto.SignatureScheme;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Flip any one byte of a stored block, and verification names that block's height. */
class StoredChainTest {

  @Test
  void blocksSurviveTheirStoredForm() {
    List<byte[]> stored = new ChainFixture(SignatureScheme.SM2, 5).stored();

    for (byte[] bytes : stored) {
      assertThat(BlockCodec.encode(BlockCodec.decode(bytes))).isEqualTo(bytes);
    }
  }

  @Test
  void everyFlippedByteOfAStoredBlockIsFoundAtItsHeight() {
    ChainFixture chain = new ChainFixture(SignatureScheme.ED25519, 5);
    ChainVerifier verifier = chain.verifier();
    List<byte[]> stored = chain.stored();
    assertThat(verifier.verifyStored(stored).sound()).isTrue();
    byte[] original = stored.get(2);

    for (int position = 0; position < original.length; position++) {
      for (int bit : new int[] {0x01, 0x80}) {
        List<byte[]> tampered = new ArrayList<>(stored);
        byte[] flipped = original.clone();
        flipped[position] ^= (byte) bit;
        tampered.set(2, flipped);

        ChainReport report = verifier.verifyStored(tampered);

        assertThat(report.failure())
            .as("byte %d, bit %x", position, bit)
            .get()
            .extracting(ChainReport.Failure::height)
            .isEqualTo(2L);
      }
    }
  }
}
