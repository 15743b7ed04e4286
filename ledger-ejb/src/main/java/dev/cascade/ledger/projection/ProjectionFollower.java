package dev.cascade.ledger.projection;

import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.chain.Block;
import dev.cascade.ledger.infrastructure.LedgerFactory;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the projection up with the chain, off the block producer's path: each block this node
 * applies is handed over once it has committed, and a thread of its own writes what waits — every
 * block since the last batch, the entries they wrote as the newest state has them — in one database
 * transaction, whose block rows record the height the projection has reached. So the projection
 * takes each block exactly once, can lag, and a failed batch is tried again (a node that stops
 * loses nothing: at start it catches up from the chain, see {@link #catchUp}).
 *
 * <p>Callers that must not answer before the projection shows a block wait with {@link
 * #whenProjected}; where a transaction is that the projection does not show yet, {@link #locate}
 * finds in the blocks that wait.
 */
@ApplicationScoped
public class ProjectionFollower {

  private static final Logger LOG = Logger.getLogger(ProjectionFollower.class.getName());

  /** How long a failed batch waits before it is tried again. */
  private static final long RETRY_MILLIS = 1_000;

  @Resource private ManagedThreadFactory threads;
  @Inject private Projection projection;
  @Inject private LedgerFactory ledgers;

  private final Object lock = new Object();

  /** Held while a batch or a rebuild writes to the database: one at a time. */
  private final java.util.concurrent.locks.ReentrantLock writing =
      new java.util.concurrent.locks.ReentrantLock();

  /** Blocks applied and not yet projected, in height order; their writes; the newest state. */
  private List<Block> blocks = new ArrayList<>();

  private Set<String> keys = new HashSet<>();
  private SortedMap<String, byte[]> state = new TreeMap<>();

  /** Who waits for which height, in the order they asked. */
  private final List<Waiting> waiting = new ArrayList<>();

  private long projected = -1;

  /** Whether keys that wait may have rows already (a rebuild wrote them): look before inserting. */
  private boolean rebuilt;

  private boolean running;
  private Thread follower;

  private record Waiting(long height, Runnable then) {}

  /**
   * Brings the projection up to the node's applied head before anything else changes the ledger,
   * then follows every block after it. The projection catches up with the keys the blocks opened at
   * start wrote, when its last block is one of those or the snapshot they started from; it is
   * rebuilt from the whole state otherwise (a new, restored, or foreign database).
   *
   * @param written the keys written by the blocks after {@code from} that the node applied at start
   * @param from the height the node's state was loaded at before those blocks (-1: genesis)
   */
  public void catchUp(Set<String> written, long from) {
    Ledger ledger = ledgers.ledger();
    Ledger.Applied applied = ledger.applied();
    long head = applied.head().map(Block::height).orElse(-1L);
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
      projection.project(blocks(ledger, at + 1, head), written, applied.state(), false, ledger);
      LOG.info("The projection caught up from block " + at + " to " + head);
    } else {
      LOG.info("The projection does not match the chain; rebuilding it from the chain");
      projection.rebuild(applied.state(), blocks(ledger, 0, head), ledger);
    }
    reached(head);
    ledger.onApplied(this::applied);
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
        rebuilt = true;
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

  /** Runs {@code then} once the projection shows block {@code height}: now, or when it does. */
  public void whenProjected(long height, Runnable then) {
    synchronized (lock) {
      if (projected < height) {
        waiting.add(new Waiting(height, then));
        return;
      }
    }
    then.run();
  }

  /** Where a transaction is, among the blocks that wait to be projected. */
  public Optional<Ledger.Location> locate(String transactionId) {
    List<Block> wait;
    synchronized (lock) {
      wait = List.copyOf(blocks);
    }
    Ledger ledger = ledgers.ledger();
    for (Block block : wait) {
      for (int i = 0; i < block.transactions().size(); i++) {
        if (ledger.transactionId(block.transactions().get(i)).equals(transactionId)) {
          return Optional.of(new Ledger.Location(block.height(), i));
        }
      }
    }
    return Optional.empty();
  }

  /** A block has committed and this node applied it: it waits for the next batch. */
  private void applied(Ledger.AppliedBlock applied) {
    synchronized (lock) {
      blocks.add(applied.block());
      keys.addAll(applied.written());
      state = applied.state();
      lock.notifyAll();
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

  @PreDestroy
  void stop() {
    synchronized (lock) {
      running = false;
      lock.notifyAll();
    }
    if (follower != null) {
      try {
        follower.join(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void run() {
    while (true) {
      List<Block> batch;
      Set<String> written;
      SortedMap<String, byte[]> newest;
      boolean fresh;
      synchronized (lock) {
        while (running && blocks.isEmpty()) {
          try {
            lock.wait();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
        if (blocks.isEmpty()) {
          return; // stopping, and nothing waits
        }
        batch = blocks;
        written = keys;
        newest = state;
        fresh = !rebuilt;
        rebuilt = false;
        blocks = new ArrayList<>();
        keys = new HashSet<>();
      }
      writing.lock();
      try {
        batch.removeIf(b -> b.height() <= height()); // a rebuild took them already
        if (!batch.isEmpty()) {
          projection.project(batch, written, newest, fresh, ledgers.ledger());
          reached(batch.get(batch.size() - 1).height());
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Projecting blocks " + heights(batch) + " failed; trying again", e);
        synchronized (lock) {
          // back in front of what came since, to be tried again with it
          batch.addAll(blocks);
          blocks = batch;
          written.addAll(keys);
          keys = written;
          rebuilt |= !fresh;
        }
        if (!pause()) {
          return;
        }
      } finally {
        writing.unlock();
      }
    }
  }

  /** The projection shows every block up to {@code height}: what waited for them runs. */
  private void reached(long height) {
    List<Waiting> due = new ArrayList<>();
    synchronized (lock) {
      projected = Math.max(projected, height);
      blocks.removeIf(b -> b.height() <= projected);
      waiting.removeIf(
          w -> {
            if (w.height() <= projected) {
              due.add(w);
              return true;
            }
            return false;
          });
    }
    due.forEach(w -> w.then().run());
  }

  private boolean pause() {
    try {
      Thread.sleep(RETRY_MILLIS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static List<Block> blocks(Ledger ledger, long from, long to) {
    List<Block> blocks = new ArrayList<>();
    for (long height = Math.max(0, from); height <= to; height++) {
      long at = height;
      blocks.add(
          ledger
              .block(height)
              .orElseThrow(() -> new IllegalStateException("block " + at + " is not stored")));
    }
    return blocks;
  }

  private static String hex(Block block, Ledger ledger) {
    return java.util.HexFormat.of().formatHex(block.hash(ledger.settings().hash()));
  }

  private static String heights(List<Block> batch) {
    return batch.get(0).height() + "–" + batch.get(batch.size() - 1).height();
  }
}
