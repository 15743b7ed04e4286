package dev.cascade.ledger.chain;

import dev.cascade.ledger.crypto.HashAlgorithm;
import dev.cascade.ledger.crypto.SignatureScheme;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies a chain from genesis: heights count up from 0, each block names the hash of the one
 * before, its transactions give its Merkle root, time never goes back, and a known producer signed
 * it. Stops at the first block that fails and says which and why.
 */
public final class ChainVerifier {

  private final HashAlgorithm hash;
  private final SignatureScheme signatures;
  private final Map<String, PublicKey> producers;

  public ChainVerifier(
      HashAlgorithm hash, SignatureScheme signatures, Map<String, PublicKey> producers) {
    this.hash = hash;
    this.signatures = signatures;
    this.producers = Map.copyOf(producers);
  }

  /**
   * Verifies blocks as they are stored: a block whose bytes cannot even be read is reported at its
   * height like any other bad block.
   */
  public ChainReport verifyStored(List<byte[]> stored) {
    List<Block> blocks = new ArrayList<>();
    for (int height = 0; height < stored.size(); height++) {
      try {
        blocks.add(BlockCodec.decode(stored.get(height)));
      } catch (IllegalArgumentException e) {
        ChainReport before = verify(blocks);
        if (!before.sound()) {
          return before;
        }
        return new ChainReport(
            height,
            Optional.of(
                new ChainReport.Failure(
                    height, "its stored bytes are not a block: " + e.getMessage())));
      }
    }
    return verify(blocks);
  }

  /**
   * Why {@code block} cannot follow {@code previous} ({@code empty}: it would be the genesis
   * block), if it cannot: its height, link, Merkle root, time and producer signature.
   */
  public Optional<String> follows(Block block, Optional<Block> previous) {
    return problem(
        block,
        previous.map(b -> b.height() + 1).orElse(0L),
        previous.map(b -> b.hash(hash)).orElse(Blocks.GENESIS_PARENT),
        previous.map(Block::time).orElse(Long.MIN_VALUE));
  }

  public ChainReport verify(Iterable<Block> chain) {
    byte[] previousHash = Blocks.GENESIS_PARENT;
    long previousTime = Long.MIN_VALUE;
    long height = 0;
    for (Block block : chain) {
      Optional<String> problem = problem(block, height, previousHash, previousTime);
      if (problem.isPresent()) {
        return new ChainReport(height, Optional.of(new ChainReport.Failure(height, problem.get())));
      }
      previousHash = block.hash(hash);
      previousTime = block.time();
      height++;
    }
    return new ChainReport(height, Optional.empty());
  }

  private Optional<String> problem(
      Block block, long height, byte[] previousHash, long previousTime) {
    if (block.height() != height) {
      return Optional.of("its height is " + block.height() + " where " + height + " was expected");
    }
    if (!Arrays.equals(block.previousHash(), previousHash)) {
      return Optional.of(
          "it does not name the hash of block " + (height - 1) + " as its previous hash");
    }
    if (!Arrays.equals(
        block.transactionsRoot(), new MerkleTree(hash, block.transactions()).root())) {
      return Optional.of("its transactions do not give its Merkle root: a transaction was changed");
    }
    if (block.time() < previousTime) {
      return Optional.of("its time is earlier than the block before it");
    }
    PublicKey producer = producers.get(block.producer());
    if (producer == null) {
      return Optional.of(
          "it was produced by " + block.producer() + ", who is not a known producer");
    }
    if (!signatures.verify(producer, block.header(), block.signature())) {
      return Optional.of("its producer's signature does not match its header");
    }
    return Optional.empty();
  }
}
