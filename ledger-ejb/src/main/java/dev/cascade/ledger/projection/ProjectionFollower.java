package dev.cascade.ledger.projection;

import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.chain.Block;
import dev.cascade.ledger.domain.Change;
import dev.cascade.ledger.infrastructure.LedgerFactory;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the projection up with the chain, off the block producer's path: each block this node
 * applies is handed over once it has committed, and a thread of its own writes what waits — up to
 * {@value #BATCH_BLOCKS} blocks at a time, the changes they made (the last of each wins) — in one
 * database transaction, whose block rows record the height the projection has reached. So the
 * projection takes each block once, can lag, and catches up from the chain when the node starts
 * again ({@link #catchUp}).
 *
 * <p>A batch that fails is tried again, with what the database shows re-read first; one that keeps
 * failing is tried block by block, and a block that cannot be projected at all is reported and
 * retried every {@value #STUCK_RETRY_MILLIS} ms while the ledger carries on: its submitters are
 * answered without waiting for the projection, whose answers stay at the height before it.
 *
 * <p>Callers that should not answer before the projection shows a block wait with {@link
 * #whenProjected}; where a transaction is that the projection does not show yet, {@link #locate}
 * finds in the blocks that wait or are being written.
 */
@ApplicationScoped
public class ProjectionFollower {

  private static final Logger LOG = Logger.getLogger(ProjectionFollower.class.getName());

  /** The most blocks one database transaction takes. */
  static final int BATCH_BLOCKS = 200;

  /** Failures of one batch before its blocks are tried one at a time. */
  private static final int TRIES = 3;

  private static final long RETRY_MILLIS = 1_000;
  private static final long STUCK_RETRY_MILLIS = 10_000;

  /** How long stopping waits for the blocks that wait to be written. */
  private static final long DRAIN_MILLIS = 60_000;

  @Resource private ManagedThreadFactory threads;
  @Inject private Projection projection;
  @Inject private LedgerFactory ledgers;

  private final Object lock = new Object();

  /** Held while a batch or a rebuild writes to the database: one at a time. */
  private final ReentrantLock writing = new ReentrantLock();

  /** Blocks applied and not yet projected, in height order, each with the keys it wrote. */
  private final List<Ledger.AppliedBlock> waitingBlocks = new ArrayList<>();

  /** The batch being written: still found by {@link #locate} until it has committed. */
  private List<Ledger.AppliedBlock> inFlight = List.of();

  /** Who waits for which height, in the order they asked. */
  private final List<Waiting> waiting = new ArrayList<>();

  private long projected = -1;

  /** Whether rows of the keys that wait may exist already (a rebuild, or a batch that failed). */
  private boolean unsure;

  /** A block the projection cannot take: nobody waits for the projection while it is so. */
  private Optional<Long> stuck = Optional.empty();

  private boolean running;
  private Thread follower;

  private record Waiting(long height, Runnable then) {}

  /**
   * Brings the projection up to the node's applied head before anything else changes the ledger,
   * then follows every block after it. The projection catches up with the keys the blocks opened at
   * start wrote, when its last block is one of those or the snapshot they started from; it is
   * rebuilt from the whole state otherwise (a new, restored, or foreign database).
   *
   * @param changes the changes made by the blocks after {@code from} that the node applied at start
   * @param from the height the node's state was loaded at before those blocks (-1: genesis)
   */
  public void catchUp(List<Change> changes, long from) {
    Ledger ledger = ledgers.ledger();
    ledger.onApplied(this::applied); // first: no block is missed; those taken below are dropped
    Ledger.Applied applied = ledger.applied();
    long head = applied.head().map(Block::height).orElse(-1L);
    synchronized (lock) {
      projected = head;
      waitingBlocks.removeIf(b -> b.block().height() <= head);
    }
    Optional<Projection.Head> reached = projection.head();
    long at = reached.map(Projection.Head::height).orElse(-1L);
    boolean ours =
        reached.isEmpty()
            ? from < 0
            : at <= head
                && ledger
                    .block(at)
                    .map(b -> hex(b, ledger))
                    .equals(reached.map(Projection.Head::hash));
    if (at == head && ours) {
      LOG.info("The projection is at the chain's head, " + head);
    } else if (ours && at >= from) {
      projection.project(blocks(ledger, at + 1, head), changes, false, ledger);
      LOG.info("The projection caught up from block " + at + " to " + head);
    } else {
      LOG.info("The projection does not match the chain; rebuilding it from the chain");
      projection.rebuild(applied.state(), blocks(ledger, 0, head), ledger);
    }
    ledgers.beforeStop(this::drain);
    start();
  }

  /** Drops the projection and builds it again from this node's state and the chain. */
  public void rebuild() {
    Ledger ledger = ledgers.ledger();
    writing.lock();
    try {
      Ledger.Applied applied = ledger.applied();
      long head = applied.head().map(Block::height).orElse(-1L);
      projection.rebuild(applied.state(), blocks(ledger, 0, head), ledger);
      synchronized (lock) {
        unsure = true;
      }
      reached(head);
    } finally {
      writing.unlock();
    }
  }

  /** The height of the last block the projection shows. */
  public long height() {
    synchronized (lock) {
      return projected;
    }
  }

  /**
   * Runs {@code then} once the projection shows block {@code height}: now, or when it does; at once
   * while the projection cannot take a block.
   */
  public void whenProjected(long height, Runnable then) {
    synchronized (lock) {
      if (projected < height && stuck.isEmpty()) {
        waiting.add(new Waiting(height, then));
        return;
      }
    }
    then.run();
  }

  /** Where a transaction is, among the blocks that wait to be projected or are being written. */
  public Optional<Ledger.Location> locate(String transactionId) {
    List<Ledger.AppliedBlock> wait;
    synchronized (lock) {
      wait = new ArrayList<>(inFlight);
      wait.addAll(waitingBlocks);
    }
    for (Ledger.AppliedBlock applied : wait) {
      List<Ledger.Entry> entries = applied.described().entries();
      for (int i = 0; i < entries.size(); i++) {
        if (entries.get(i).id().equals(transactionId)) {
          return Optional.of(new Ledger.Location(applied.block().height(), i));
        }
      }
    }
    return Optional.empty();
  }

  /** A block has committed and this node applied it: it waits for the next batch. */
  private void applied(Ledger.AppliedBlock applied) {
    synchronized (lock) {
      if (applied.block().height() > projected) {
        waitingBlocks.add(applied);
        lock.notifyAll();
      }
    }
  }

  private void start() {
    synchronized (lock) {
      if (running) {
        return;
      }
      running = true;
    }
    follower = threads.newThread(this::run);
    follower.setName("cascade projection");
    follower.start();
  }

  /** Waits, for a while, until what waits has been written: the node is about to stop. */
  private void drain() {
    long deadline = System.currentTimeMillis() + DRAIN_MILLIS;
    synchronized (lock) {
      while ((!waitingBlocks.isEmpty() || !inFlight.isEmpty())
          && stuck.isEmpty()
          && System.currentTimeMillis() < deadline) {
        try {
          lock.wait(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  @PreDestroy
  void stop() {
    drain();
    synchronized (lock) {
      running = false;
      lock.notifyAll();
    }
    if (follower != null) {
      try {
        follower.join(DRAIN_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void run() {
    int failures = 0;
    while (true) {
      List<Ledger.AppliedBlock> batch;
      boolean fresh;
      synchronized (lock) {
        while (running && waitingBlocks.isEmpty()) {
          try {
            lock.wait();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
        if (waitingBlocks.isEmpty()) {
          return; // stopping, and nothing waits
        }
        int size = failures >= TRIES ? 1 : Math.min(BATCH_BLOCKS, waitingBlocks.size());
        batch = new ArrayList<>(waitingBlocks.subList(0, size));
        waitingBlocks.subList(0, size).clear();
        inFlight = batch;
        fresh = !unsure;
      }
      if (write(batch, fresh)) {
        failures = 0;
      } else {
        failures++;
        synchronized (lock) {
          waitingBlocks.addAll(0, batch); // in front again, to be tried again
          inFlight = List.of();
          unsure = true;
          if (failures > TRIES && batch.size() == 1) {
            stuck = Optional.of(batch.get(0).block().height());
          }
        }
        release();
        if (!pause(stuck.isPresent() ? STUCK_RETRY_MILLIS : RETRY_MILLIS)) {
          return;
        }
      }
    }
  }

  /** Writes a batch in one transaction; whether it did. */
  private boolean write(List<Ledger.AppliedBlock> batch, boolean fresh) {
    writing.lock();
    try {
      // after a rebuild or a failure the database may show more than this follower knows (a commit
      // reported as failed): what it shows is not written again
      long shown =
          fresh
              ? height()
              : Math.max(height(), projection.head().map(Projection.Head::height).orElse(-1L));
      List<Ledger.Described> blocks = new ArrayList<>();
      List<Change> changes = new ArrayList<>();
      for (Ledger.AppliedBlock applied : batch) {
        if (applied.block().height() > shown) {
          blocks.add(applied.described());
          changes.addAll(applied.changes());
        }
      }
      if (!blocks.isEmpty()) {
        projection.project(blocks, changes, fresh, ledgers.ledger());
      }
      synchronized (lock) {
        inFlight = List.of();
        unsure = false;
        if (stuck.isPresent()) {
          LOG.info("The projection takes blocks again, from block " + stuck.get());
          stuck = Optional.empty();
        }
      }
      reached(Math.max(shown, batch.get(batch.size() - 1).block().height()));
      ledgers.projected(batch.get(batch.size() - 1));
      return true;
    } catch (RuntimeException e) {
      Level level = batch.size() == 1 ? Level.SEVERE : Level.WARNING;
      LOG.log(
          level,
          "Projecting blocks "
              + heights(batch)
              + " failed; the ledger goes on, the projection's answers stay at block "
              + height()
              + "; trying again",
          e);
      return false;
    } finally {
      writing.unlock();
    }
  }

  /** The projection shows every block up to {@code height}: what waited for them runs. */
  private void reached(long height) {
    synchronized (lock) {
      projected = Math.max(projected, height);
      waitingBlocks.removeIf(b -> b.block().height() <= projected);
      lock.notifyAll();
    }
    release();
  }

  /** Runs what waits for heights the projection shows, or everything while it is stuck. */
  private void release() {
    List<Waiting> due = new ArrayList<>();
    synchronized (lock) {
      waiting.removeIf(
          w -> {
            if (w.height() <= projected || stuck.isPresent()) {
              due.add(w);
              return true;
            }
            return false;
          });
    }
    due.forEach(w -> w.then().run());
  }

  private boolean pause(long millis) {
    try {
      Thread.sleep(millis);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static List<Ledger.Described> blocks(Ledger ledger, long from, long to) {
    List<Ledger.Described> blocks = new ArrayList<>();
    for (long height = Math.max(0, from); height <= to; height++) {
      blocks.add(ledger.describe(ledger.storedBlock(height)));
    }
    return blocks;
  }

  private static String hex(Block block, Ledger ledger) {
    return java.util.HexFormat.of().formatHex(block.hash(ledger.settings().hash()));
  }

  private static String heights(List<Ledger.AppliedBlock> batch) {
    long first = batch.get(0).block().height();
    long last = batch.get(batch.size() - 1).block().height();
    return first == last ? String.valueOf(first) : first + " to " + last;
  }
}
