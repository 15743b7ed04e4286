package dev.cascade.ledger.application;

import dev.cascade.ledger.chain.Block;
import dev.cascade.ledger.domain.Change;
import dev.cascade.ledger.validation.Programmes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Opens the ledger a node finds in its chain store: the world state is the newest snapshot whose
 * state root is the one the chain's block at its height carries, with every later block applied
 * ({@link Ledger#applyBlock}), or every block from genesis when no snapshot is good. A snapshot
 * that does not match is discarded with a warning naming its file; a block that does not apply
 * stops the node from opening, naming the height.
 */
public final class Recovery {

  /**
   * How the ledger was opened: from which snapshot, how many blocks were applied on it, and the
   * changes those blocks made, in order.
   */
  public record Report(
      OptionalLong snapshot, long applied, List<Change> changes, List<String> warnings) {}

  /** The ledger opened, and how. */
  public record Opened(Ledger ledger, Report report) {}

  private final Ledger.Settings settings;
  private final LedgerStore chain;
  private final Programmes programmes;
  private final boolean transactional;

  public Recovery(
      Ledger.Settings settings, LedgerStore chain, Programmes programmes, boolean transactional) {
    this.settings = settings;
    this.chain = chain;
    this.programmes = programmes;
    this.transactional = transactional;
  }

  /**
   * @param progress told now and then how far applying the blocks has come
   * @throws IllegalStateException when a stored block cannot be applied, or an earlier build
   *     founded the ledger
   */
  public Opened open(Snapshots snapshots, Consumer<String> progress) {
    List<String> warnings = new ArrayList<>();
    Ledger ledger = fresh();
    Optional<Long> head = ledger.storedHead();
    if (head.isEmpty()) {
      return new Opened(ledger, new Report(OptionalLong.empty(), 0, List.of(), warnings));
    }
    List<Path> usable = snapshots.files(head.get());
    for (Path above : snapshots.files(Long.MAX_VALUE)) {
      if (!usable.contains(above)) {
        warnings.add(
            "The snapshot " + above + " was discarded: it is above the chain's head " + head.get());
        snapshots.discard(above);
      }
    }
    OptionalLong from = OptionalLong.empty();
    for (Path file : usable) {
      Ledger candidate = fresh();
      Optional<String> problem;
      Snapshots.Snapshot snapshot = null;
      try {
        snapshot = snapshots.read(file);
        problem = Optional.empty();
      } catch (IllegalArgumentException e) {
        problem = Optional.of(e.getMessage());
      }
      if (snapshot != null) {
        problem = matches(candidate, snapshot, candidate.storedBlock(snapshot.height()));
        if (problem.isEmpty()) {
          ledger = candidate;
          from = OptionalLong.of(snapshot.height());
          break;
        }
      }
      warnings.add("The snapshot " + file + " was discarded: " + problem.get());
      snapshots.discard(file);
    }
    List<Change> changes = new ArrayList<>();
    ledger.onApplied(block -> changes.addAll(block.changes()));
    long applied =
        ledger.catchUp(
            height -> {
              if (height % 10_000 == 0) {
                progress.accept("applied block " + height + " of " + head.get());
              }
            });
    ledger.onApplied(block -> {});
    return new Opened(ledger, new Report(from, applied, changes, warnings));
  }

  private Ledger fresh() {
    return new Ledger(settings, chain, programmes, transactional);
  }

  /** Loads the snapshot into {@code ledger}; why it cannot be the state after {@code block}. */
  private static Optional<String> matches(Ledger ledger, Snapshots.Snapshot snapshot, Block block) {
    if (snapshot.buckets() != ledger.stateBuckets()) {
      return Optional.of(
          "it divides the state into "
              + snapshot.buckets()
              + " buckets, the ledger into "
              + ledger.stateBuckets());
    }
    ledger.load(snapshot.entries(), block);
    if (!Arrays.equals(ledger.stateRoot(), block.stateRoot())) {
      return Optional.of(
          "its state is not the state after block "
              + snapshot.height()
              + " (the state roots differ)");
    }
    return Optional.empty();
  }
}
