package dev.cascade.ledger.application;

import dev.cascade.ledger.chain.Block;
import dev.cascade.ledger.chain.BlockCodec;
import dev.cascade.ledger.chain.ChainReport;
import dev.cascade.ledger.chain.ChainVerifier;
import dev.cascade.ledger.transaction.SignedTransaction;
import dev.cascade.ledger.validation.Programmes;
import java.security.PublicKey;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Checks a stored ledger from genesis: the chain itself (heights, links, Merkle roots, producer
 * signatures), then every transaction replayed (its signature, nonce and invariants) with the state
 * root it gives compared to each block's, and finally a node's world state compared entry by entry
 * to the replayed one. Stops at the first fault and names the height it belongs to.
 */
public final class ChainAudit {

  private final Ledger.Settings settings;
  private final Map<String, PublicKey> producers;

  private final int stateBuckets;

  /**
   * @param stateBuckets into how many buckets the audited ledger's state root divides its state
   */
  public ChainAudit(Ledger.Settings settings, Map<String, PublicKey> producers, int stateBuckets) {
    this.settings = settings;
    this.producers = Map.copyOf(producers);
    this.stateBuckets = stateBuckets;
  }

  /** The world state the chain gives, replayed into memory; empty when the chain is not sound. */
  public Optional<SortedMap<String, byte[]>> replay(List<byte[]> storedBlocks) {
    Replay replay = replayChain(storedBlocks);
    return replay.report.sound() ? Optional.of(replay.state()) : Optional.empty();
  }

  /**
   * @param storedState every world-state entry a node holds after the last of {@code storedBlocks}
   */
  public ChainReport audit(List<byte[]> storedBlocks, Map<String, byte[]> storedState) {
    Replay replay = replayChain(storedBlocks);
    if (!replay.report.sound()) {
      return replay.report;
    }
    Map<String, byte[]> expected = replay.state();
    TreeSet<String> keys = new TreeSet<>(expected.keySet());
    keys.addAll(storedState.keySet());
    long head = storedBlocks.size() - 1L;
    for (String key : keys) {
      byte[] want = expected.get(key);
      byte[] have = storedState.get(key);
      if (want == null || have == null || !Arrays.equals(want, have)) {
        long height = replay.lastWritten.getOrDefault(key, head);
        String what =
            want == null
                ? "is held but no transaction wrote it"
                : have == null
                    ? "is missing from the node's state"
                    : "is not what the chain's transactions wrote";
        return new ChainReport(
            height,
            Optional.of(
                new ChainReport.Failure(
                    height, "world-state entry " + key + " " + what + " at this height")));
      }
    }
    return replay.report;
  }

  private record Replay(ChainReport report, Ledger ledger, Map<String, Long> lastWritten) {
    SortedMap<String, byte[]> state() {
      return ledger.state().entries();
    }
  }

  private Replay replayChain(List<byte[]> storedBlocks) {
    Map<String, Long> lastWritten = new HashMap<>();
    Ledger ledger = new Ledger(settings, new MemoryStore(), new Programmes(), false, stateBuckets);
    ChainReport chain =
        new ChainVerifier(settings.hash(), settings.scheme(), producers).verifyStored(storedBlocks);
    if (!chain.sound()) {
      return new Replay(chain, ledger, lastWritten);
    }
    for (byte[] stored : storedBlocks) {
      Block block = BlockCodec.decode(stored);
      Map<String, byte[]> before = ledger.state().entries();
      for (int i = 0; i < block.transactions().size(); i++) {
        Optional<String> problem =
            replay(ledger, block.transactions().get(i), ledger.date(block.time()));
        if (problem.isPresent()) {
          return failed(
              block.height(),
              "transaction " + i + " cannot be replayed: " + problem.get(),
              ledger,
              lastWritten);
        }
      }
      ledger
          .state()
          .entries()
          .forEach(
              (key, value) -> {
                if (!before.containsKey(key) || !Arrays.equals(before.get(key), value)) {
                  lastWritten.put(key, block.height());
                }
              });
      if (!Arrays.equals(ledger.stateRoot(), block.stateRoot())) {
        return failed(
            block.height(),
            "its state root is not the state its transactions give",
            ledger,
            lastWritten);
      }
    }
    return new Replay(chain, ledger, lastWritten);
  }

  private static Optional<String> replay(Ledger ledger, byte[] entry, LocalDate day) {
    try {
      return ledger.replay(SignedTransaction.decode(entry), day);
    } catch (IllegalArgumentException e) {
      return Optional.of("it is not a signed transaction: " + e.getMessage());
    }
  }

  private static Replay failed(
      long height, String reason, Ledger ledger, Map<String, Long> lastWritten) {
    return new Replay(
        new ChainReport(height, Optional.of(new ChainReport.Failure(height, reason))),
        ledger,
        lastWritten);
  }
}
