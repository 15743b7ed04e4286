package dev.cascade.ledger.infrastructure;

import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.application.Snapshots;
import dev.cascade.ledger.chain.Block;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes a snapshot of this node's world state after every {@code cascade.snapshot.blocks} blocks,
 * or when {@code cascade.snapshot.interval.ms} has passed since the last one and a block came, and
 * once more when the node stops. It snapshots the state after the last block the projection shows,
 * never a newer one, so that a node started from the snapshot can bring its projection up to the
 * chain with the blocks it applies after it. The state a block left is immutable, so it is written
 * in the background while the next blocks are made; one snapshot is written at a time.
 */
final class SnapshotTaker {

  private static final Logger LOG = Logger.getLogger(SnapshotTaker.class.getName());

  /** How long the snapshot at stop waits for one that is being written. */
  private static final long STOP_WAIT_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(60);

  private final Snapshots snapshots;
  private final Ledger ledger;
  private final Executor executor;
  private final long everyBlocks;
  private final long intervalNanos;
  private final AtomicBoolean writing = new AtomicBoolean();
  private volatile long lastHeight;
  private volatile long lastTime = System.nanoTime();

  /** The state after the last block the projection showed; null before the first. */
  private volatile Ledger.Applied latest;

  /**
   * @param lastHeight the height of the newest snapshot there is, or -1
   */
  SnapshotTaker(
      Snapshots snapshots,
      Ledger ledger,
      Executor executor,
      LedgerSettings settings,
      long lastHeight) {
    this.snapshots = snapshots;
    this.ledger = ledger;
    this.executor = executor;
    this.everyBlocks = settings.snapshotBlocks();
    this.intervalNanos = settings.snapshotInterval().toNanos();
    this.lastHeight = lastHeight;
  }

  /**
   * The projection shows every block up to {@code block}: takes a snapshot of the state after it in
   * the background, if one is due.
   */
  void projected(Ledger.AppliedBlock block) {
    Ledger.Applied applied = new Ledger.Applied(Optional.of(block.block()), block.state());
    latest = applied;
    long height = height(applied);
    boolean due =
        (everyBlocks > 0 && height - lastHeight >= everyBlocks)
            || System.nanoTime() - lastTime >= intervalNanos;
    if (height > lastHeight && due && writing.compareAndSet(false, true)) {
      lastTime = System.nanoTime();
      try {
        executor.execute(() -> write(applied));
      } catch (RejectedExecutionException e) {
        writing.set(false); // the node is stopping: the snapshot at stop takes it
      }
    }
  }

  /** The node stops: a snapshot of the last state the projection showed, if newer than the last. */
  void stopping() {
    Ledger.Applied applied = latest;
    if (applied != null && height(applied) > lastHeight) {
      long deadline = System.nanoTime() + STOP_WAIT_NANOS;
      while (!writing.compareAndSet(false, true)) {
        if (System.nanoTime() - deadline > 0) {
          LOG.warning("No snapshot at stop: the one being written did not finish in time");
          return;
        }
        Thread.onSpinWait(); // one in the background is finishing
      }
      write(applied);
    }
  }

  private void write(Ledger.Applied applied) {
    long height = height(applied);
    try {
      long started = System.nanoTime();
      Path file = snapshots.write(height, ledger.stateBuckets(), applied.state());
      lastHeight = Math.max(lastHeight, height);
      LOG.info(
          "Snapshot of the world state after block "
              + height
              + " ("
              + applied.state().size()
              + " entries) written to "
              + file
              + " in "
              + (System.nanoTime() - started) / 1_000_000
              + " ms");
    } catch (RuntimeException e) {
      // not again with the next block: the next one is due as if this one had been written
      lastHeight = Math.max(lastHeight, height);
      LOG.log(Level.WARNING, "The snapshot after block " + height + " could not be written", e);
    } finally {
      writing.set(false);
    }
  }

  private static long height(Ledger.Applied applied) {
    return applied.head().map(Block::height).orElse(-1L);
  }
}
