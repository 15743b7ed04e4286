package dev.cascade.ledger.chain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.ledger.crypto.HashAlgorithm;
import dev.cascade.ledger.crypto.SignatureScheme;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Flip any one byte of a stored block, and verification names that block's height. */
class StoredChainTest {

  @Test
  void blocksSurviveTheirStoredForm() {
    List<byte[]> stored = chain(SignatureScheme.SM2, new SecureRandom()).stored;

    for (byte[] bytes : stored) {
      assertThat(BlockCodec.encode(BlockCodec.decode(bytes))).isEqualTo(bytes);
    }
  }

  @Test
  void everyFlippedByteOfAStoredBlockIsFoundAtItsHeight() {
    Chain chain = chain(SignatureScheme.ED25519, new SecureRandom());
    ChainVerifier verifier =
        new ChainVerifier(
            HashAlgorithm.SM3, SignatureScheme.ED25519, Map.of("node1", chain.keys.getPublic()));
    assertThat(verifier.verifyStored(chain.stored).sound()).isTrue();
    byte[] original = chain.stored.get(2);

    for (int position = 0; position < original.length; position++) {
      for (int bit : new int[] {0x01, 0x80}) {
        List<byte[]> tampered = new ArrayList<>(chain.stored);
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

  /** Five blocks of three transactions, and their stored bytes. */
  private record Chain(KeyPair keys, List<byte[]> stored) {}

  private static Chain chain(SignatureScheme scheme, SecureRandom random) {
    KeyPair keys = scheme.generateKeyPair(random);
    Blocks producer = new Blocks(HashAlgorithm.SM3, scheme, "node1", keys.getPrivate());
    List<byte[]> stored = new ArrayList<>();
    Optional<Block> previous = Optional.empty();
    for (int height = 0; height < 5; height++) {
      List<byte[]> transactions = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        transactions.add(
            ("block " + height + " transaction " + i).getBytes(StandardCharsets.UTF_8));
      }
      Block block =
          producer.next(
              previous, transactions, HashAlgorithm.SM3.hash(transactions.get(0)), 1_000L * height);
      stored.add(BlockCodec.encode(block));
      previous = Optional.of(block);
    }
    return new Chain(keys, stored);
  }
}
