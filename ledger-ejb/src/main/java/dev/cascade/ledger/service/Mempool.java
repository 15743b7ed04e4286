package dev.cascade.ledger.service;

import dev.cascade.ledger.application.Ledger;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * This node's admitted transactions waiting for the next block: their signatures are checked, the
 * rest happens when the block producer applies them, in arrival order, all in one transaction, and
 * seals them. Each waits on a future that the producer completes with its receipt.
 *
 * <p>A plain CDI bean, not an EJB: it holds memory only (no transaction to join or suspend) and
 * guards itself, and a call never waits for the deployment's startup beans. The block producer
 * stops it while the node stops, also when the deployment failed to start; an EJB call then waited
 * for a startup that would never finish, and the server could not shut down.
 */
@ApplicationScoped
public class Mempool {

  /**
   * An admitted transaction and the receipt its submitter waits for; {@code queued} once it is kept
   * under {@code queued/} too, for its block to take away; {@code decided} once the block that took
   * it has committed (its receipt may still wait for the projection).
   */
  public record Entry(
      Ledger.Admitted admitted,
      String id,
      CompletableFuture<Receipt> receipt,
      java.util.concurrent.atomic.AtomicBoolean queued,
      java.util.concurrent.atomic.AtomicBoolean decided) {}

  private final ConcurrentLinkedQueue<Entry> queue = new ConcurrentLinkedQueue<>();
  private final Map<String, Entry> waiting = new ConcurrentHashMap<>();
  private final AtomicInteger size = new AtomicInteger();

  /** The block producer waits on this for entries; see {@link #await}. */
  private final ReentrantLock lock = new ReentrantLock();

  private final Condition added = lock.newCondition();

  /** How many entries the waiting producer wants; above any size when none waits. */
  private volatile int wanted = Integer.MAX_VALUE;

  private volatile boolean stopped;

  /** Queues a transaction; its receipt completes once its block commits or it is refused. */
  public Entry add(Ledger.Admitted admitted, String id) {
    Entry entry =
        new Entry(
            admitted,
            id,
            new CompletableFuture<>(),
            new java.util.concurrent.atomic.AtomicBoolean(),
            new java.util.concurrent.atomic.AtomicBoolean());
    waiting.put(id, entry);
    queue.add(entry);
    entry.receipt().whenComplete((receipt, failure) -> waiting.remove(id));
    if (size.incrementAndGet() >= wanted) {
      signal();
    }
    return entry;
  }

  /**
   * Waits until at least {@code count} entries wait here, {@code deadline} ({@link
   * System#nanoTime()}) passes, or {@link #stop} is called.
   *
   * @return how many entries wait
   */
  public int await(int count, long deadline) throws InterruptedException {
    lock.lock();
    try {
      wanted = count;
      long left;
      while (size.get() < count && !stopped && (left = deadline - System.nanoTime()) > 0) {
        added.awaitNanos(left);
      }
      return size.get();
    } finally {
      wanted = Integer.MAX_VALUE;
      lock.unlock();
    }
  }

  /** Ends whatever waits in {@link #await}, now and from now on: the node is stopping. */
  public void stop() {
    stopped = true;
    signal();
  }

  private void signal() {
    lock.lock();
    try {
      added.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Up to {@code max} entries, oldest first. */
  public List<Entry> take(int max) {
    List<Entry> taken = new ArrayList<>();
    Entry next;
    while (taken.size() < max && (next = queue.poll()) != null) {
      taken.add(next);
    }
    size.addAndGet(-taken.size());
    return taken;
  }

  /** Whether a transaction waits here for its block. */
  public boolean holds(String id) {
    return waiting.containsKey(id);
  }
}
