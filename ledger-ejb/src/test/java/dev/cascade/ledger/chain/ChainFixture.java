package dev.cascade.ledger.chain;

import dev.cascade.ledger.crypto.HashAlgorithm;
import dev.cascade.ledger.crypto.SignatureScheme;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A sound chain of blocks produced by "node1", each with three transactions. */
final class ChainFixture {

  static final String PRODUCER = "node1";

  final SignatureScheme scheme;
  final KeyPair keys;
  final Blocks producer;
  final List<Block> blocks = new ArrayList<>();

  ChainFixture(SignatureScheme scheme, int length) {
    this.scheme = scheme;
    this.keys = scheme.generateKeyPair(new SecureRandom());
    this.producer = new Blocks(HashAlgorithm.SM3, scheme, PRODUCER, keys.getPrivate());
    Optional<Block> previous = Optional.empty();
    for (int height = 0; height < length; height++) {
      List<byte[]> transactions = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        transactions.add(
            ("block " + height + " transaction " + i).getBytes(StandardCharsets.UTF_8));
      }
      Block block =
          producer.next(
              previous,
              transactions,
              HashAlgorithm.SM3.hash(transactions.get(0)),
              1_767_225_600_000L + height * 1000L);
      blocks.add(block);
      previous = Optional.of(block);
    }
  }

  ChainVerifier verifier() {
    return new ChainVerifier(HashAlgorithm.SM3, scheme, Map.of(PRODUCER, keys.getPublic()));
  }

  /** The blocks as stored. */
  List<byte[]> stored() {
    return blocks.stream().map(BlockCodec::encode).toList();
  }
}
