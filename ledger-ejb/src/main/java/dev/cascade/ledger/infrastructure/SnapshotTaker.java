package dev.cascade.ledger.infrastructure;

import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.application.Snapshots;
import dev.cascade.ledger.chain.Block;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes a snapshot of this node's world state after every {@code cascade.snapshot.blocks} blocks,
 * or when {@code cascade.snapshot.interval.ms} has passed since the last one and a block came, and
 * once more when the node stops. The state a block left is immutable, so it is written in the
 * background while the next blocks are made; one snapshot is written at a time.
 */
final class SnapshotTaker {

  private static final Logger LOG = Logger.getLogger(SnapshotTaker.class.getName());

  private final Snapshots snapshots;
  private final Ledger ledger;
  private final Executor executor;
  private final long everyBlocks;
  private final long intervalNanos;
  private final AtomicBoolean writing = new AtomicBoolean();
  private volatile long lastHeight;
  private volatile long lastTime = System.nanoTime();

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

  /** A block has committed: takes a snapshot in the background if one is due. */
  void committed() {
    Ledger.Applied applied = ledger.applied();
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

  /** The node stops: a snapshot of the state now, if it is newer than the last one. */
  void stopping() {
    Ledger.Applied applied = ledger.applied();
    if (height(applied) > lastHeight) {
      while (!writing.compareAndSet(false, true)) {
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
      LOG.log(Level.WARNING, "The snapshot after block " + height + " could not be written", e);
    } finally {
      writing.set(false);
    }
  }

  private static long height(Ledger.Applied applied) {
    return applied.head().map(Block::height).orElse(-1L);
  }
}
