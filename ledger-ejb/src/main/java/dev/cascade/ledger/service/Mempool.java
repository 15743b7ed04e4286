package dev.cascade.ledger.service;

import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.application.Outcome;
import dev.cascade.ledger.transaction.Checked;
import dev.cascade.ledger.transaction.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * This node's admitted transactions waiting for their block: their signatures are checked, the rest
 * happens when the block producer applies them, in arrival order, all in one transaction, and seals
 * them. Each waits on a future completed with its receipt: by this node's producer when this node
 * produces ({@link #add}), or, when another node produces, once this node has applied the block
 * that holds it or heard that the producer refused it ({@link #expect}).
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
   * under {@code queued/} too (the replicated pool), for its block to take away; {@code decided}
   * once the block that took it has committed (its receipt may still wait for the projection);
   * {@code produced} while it is this node's to put in a block.
   */
  public record Entry(
      Ledger.Admitted admitted,
      String id,
      CompletableFuture<Receipt> receipt,
      AtomicBoolean queued,
      AtomicBoolean decided,
      AtomicBoolean produced) {

    Entry(Ledger.Admitted admitted, String id) {
      this(
          admitted,
          id,
          new CompletableFuture<>(),
          new AtomicBoolean(),
          new AtomicBoolean(),
          new AtomicBoolean());
    }
  }

  private final ConcurrentLinkedQueue<Entry> queue = new ConcurrentLinkedQueue<>();
  private final Map<String, Entry> waiting = new ConcurrentHashMap<>();
  private final AtomicInteger size = new AtomicInteger();

  /** The block producer waits on this for entries; see {@link #await}. */
  private final ReentrantLock lock = new ReentrantLock();

  private final Condition added = lock.newCondition();

  /** How many entries the waiting producer wants; above any size when none waits. */
  private volatile int wanted = Integer.MAX_VALUE;

  private volatile boolean stopped;

  /**
   * Queues a transaction for this node's next block; its receipt completes once its block commits
   * or it is refused.
   */
  public Entry add(Ledger.Admitted admitted, String id) {
    Entry entry = expect(admitted, id);
    produce(entry);
    return entry;
  }

  /**
   * Awaits a transaction another node puts in a block: it is kept in the replicated pool already.
   * Its receipt completes when this node has applied that block ({@link #decided}), or hears that
   * the producer refused it ({@link #refused}).
   */
  public Entry expect(Ledger.Admitted admitted, String id) {
    Entry entry = new Entry(admitted, id);
    Entry earlier = waiting.putIfAbsent(id, entry);
    if (earlier != null) {
      return earlier;
    }
    entry.receipt().whenComplete((receipt, failure) -> waiting.remove(id, entry));
    return entry;
  }

  /** Puts an awaited transaction in this node's next block, unless it is there already. */
  public void produce(Entry entry) {
    if (entry.produced().compareAndSet(false, true)) {
      queue.add(entry);
      if (size.incrementAndGet() >= wanted) {
        signal();
      }
    }
  }

  /**
   * The transaction awaited here under {@code id} that another node puts in a block (this node's
   * producer answers the ones it produces), if one is.
   */
  public Optional<Entry> awaitedFromElsewhere(String id) {
    Entry entry = waiting.get(id);
    return entry == null || entry.produced().get() ? Optional.empty() : Optional.of(entry);
  }

  /**
   * A block this node applied holds awaited transactions: each that another node produced gets its
   * receipt, committed at its place in the block or refused as the producer refused it.
   */
  public void decided(Ledger.AppliedBlock block) {
    List<Ledger.Entry> entries = block.described().entries();
    for (int i = 0; i < entries.size(); i++) {
      Optional<Entry> awaited = awaitedFromElsewhere(entries.get(i).id());
      if (awaited.isPresent()) {
        Entry entry = awaited.get();
        Checked<Outcome> outcome =
            block.outcomes().getOrDefault(entry.id(), Checked.passed(Outcome.waiting(entry.id())));
        entry.decided().set(true);
        entry
            .receipt()
            .complete(
                Receipt.decided(
                    outcome, Optional.of(new Ledger.Location(block.block().height(), i))));
      }
    }
  }

  /** The producer, another node, refused an awaited transaction. */
  public void refused(String id, Rejection rejection) {
    awaitedFromElsewhere(id)
        .ifPresent(entry -> entry.receipt().complete(Receipt.rejected(rejection)));
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

  /** Takes every entry out of this node's next blocks: another node produces them now. */
  public List<Entry> handOver() {
    List<Entry> taken = take(Integer.MAX_VALUE);
    taken.forEach(entry -> entry.produced().set(false));
    return taken;
  }

  /** How many transactions wait here for their block. */
  public int waiting() {
    return waiting.size();
  }

  /** Whether a transaction waits here for its block. */
  public boolean holds(String id) {
    return waiting.containsKey(id);
  }
}
