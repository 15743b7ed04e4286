package dev.cascade.ledger.chain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.ledger.crypto.HashAlgorithm;
import dev.cascade.ledger.crypto.SignatureScheme;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A chain verifies from genesis; flip one byte anywhere and verification names that height. */
class ChainVerifierTest {

  @ParameterizedTest
  @EnumSource(SignatureScheme.class)
  void aSoundChainVerifies(SignatureScheme scheme) {
    ChainFixture chain = new ChainFixture(scheme, 5);

    ChainReport report = chain.verifier().verify(chain.blocks);

    assertThat(report.sound()).isTrue();
    assertThat(report.verified()).isEqualTo(5);
  }

  @ParameterizedTest
  @EnumSource(SignatureScheme.class)
  void aFlippedTransactionByteIsFoundAtItsHeight(SignatureScheme scheme) {
    ChainFixture chain = new ChainFixture(scheme, 5);
    Block block = chain.blocks.get(3);
    List<byte[]> transactions = new ArrayList<>(block.transactions());
    byte[] changed = transactions.get(1).clone();
    changed[4] ^= 1;
    transactions.set(1, changed);
    chain.blocks.set(
        3,
        new Block(
            block.height(),
            block.previousHash(),
            block.transactionsRoot(),
            block.stateRoot(),
            block.time(),
            block.producer(),
            transactions,
            block.signature()));

    ChainReport report = chain.verifier().verify(chain.blocks);

    assertThat(report.failure())
        .get()
        .satisfies(
            f -> {
              assertThat(f.height()).isEqualTo(3);
              assertThat(f.reason()).contains("Merkle root");
            });
  }

  @ParameterizedTest
  @EnumSource(SignatureScheme.class)
  void aFlippedStateRootByteBreaksTheSignatureAtItsHeight(SignatureScheme scheme) {
    ChainFixture chain = new ChainFixture(scheme, 4);
    Block block = chain.blocks.get(2);
    byte[] state = block.stateRoot().clone();
    state[0] ^= 1;
    chain.blocks.set(
        2,
        new Block(
            block.height(),
            block.previousHash(),
            block.transactionsRoot(),
            state,
            block.time(),
            block.producer(),
            block.transactions(),
            block.signature()));

    assertThat(chain.verifier().verify(chain.blocks).failure())
        .get()
        .satisfies(
            f -> {
              assertThat(f.height()).isEqualTo(2);
              assertThat(f.reason()).contains("signature");
            });
  }

  @ParameterizedTest
  @EnumSource(SignatureScheme.class)
  void aResignedBlockStillBreaksTheLinkToTheNext(SignatureScheme scheme) {
    ChainFixture chain = new ChainFixture(scheme, 4);
    // The producer rewrites block 1 and signs it again: block 2 still names the old hash.
    Block original = chain.blocks.get(1);
    Block rewritten =
        chain.producer.next(
            Optional.of(chain.blocks.get(0)),
            List.of("rewritten".getBytes(StandardCharsets.UTF_8)),
            original.stateRoot(),
            original.time());
    chain.blocks.set(1, rewritten);

    assertThat(chain.verifier().verify(chain.blocks).failure())
        .get()
        .satisfies(
            f -> {
              assertThat(f.height()).isEqualTo(2);
              assertThat(f.reason()).contains("previous hash");
            });
  }

  @ParameterizedTest
  @EnumSource(SignatureScheme.class)
  void anUnknownProducerIsNamed(SignatureScheme scheme) {
    ChainFixture chain = new ChainFixture(scheme, 2);
    ChainVerifier strangers =
        new ChainVerifier(
            HashAlgorithm.SM3,
            scheme,
            Map.of("node2", scheme.generateKeyPair(new SecureRandom()).getPublic()));

    assertThat(strangers.verify(chain.blocks).failure())
        .get()
        .satisfies(f -> assertThat(f.reason()).contains("node1"));
  }
}
