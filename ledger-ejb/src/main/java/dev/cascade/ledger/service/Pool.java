package dev.cascade.ledger.service;

import dev.cascade.ledger.application.Keys;
import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.infrastructure.LedgerFactory;
import dev.cascade.ledger.infrastructure.LedgerResources;
import dev.cascade.ledger.projection.ProjectionFollower;
import dev.cascade.ledger.transaction.Authenticator;
import dev.cascade.ledger.transaction.Rejection;
import dev.cascade.ledger.transaction.SignedTransaction;
import dev.cascade.ledger.transaction.Transaction;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.infinispan.Cache;
import org.infinispan.notifications.Listener;
import org.infinispan.notifications.cachelistener.annotation.CacheEntryCreated;
import org.infinispan.notifications.cachelistener.annotation.CacheEntryModified;
import org.infinispan.notifications.cachelistener.event.CacheEntryEvent;

/**
 * The replicated pool ({@link Keys#QUEUED}) between the nodes that take transactions and the one
 * the cluster elected to produce the blocks. A node that does not produce keeps each transaction it
 * admits there, and answers its submitter once it has applied the block that holds it (with what
 * the producer decided, worked out again on this node) or heard that the producer refused it
 * ({@link Keys#REFUSED}). The producer takes what the pool holds when it is elected, and each
 * transaction put there after, into its blocks; when it stops producing, it hands what waits in its
 * mempool to the pool.
 */
@ApplicationScoped
public class Pool {

  private static final Logger LOG = Logger.getLogger(Pool.class.getName());

  @Resource(lookup = LedgerResources.LEDGER_CACHE)
  private Cache<String, byte[]> cache;

  @Resource private ManagedExecutorService answering;
  @Inject private LedgerFactory ledgers;
  @Inject private LedgerWriter writer;
  @Inject private Mempool mempool;
  @Inject private CustodialSigner custodialSigner;
  @Inject private ProjectionFollower projection;

  private final Arrivals arrivals = new Arrivals(this);

  /** Whether this node produces: then what arrives in the pool goes into its blocks. */
  private volatile boolean producing;

  /** Whether the node's start has ended ({@link LedgerStartup}); see {@link #ready}. */
  private volatile boolean started;

  @PostConstruct
  void start() {
    Ledger ledger = ledgers.ledger();
    ledger.awaiting(id -> mempool.awaitedFromElsewhere(id).isPresent());
    ledger.watch(this::applied);
    cache.addListener(arrivals);
  }

  @PreDestroy
  void stop() {
    cache.removeListener(arrivals);
  }

  /** The node's start has ended: it may produce from now on. */
  void started() {
    started = true;
  }

  /**
   * Whether the node has started, so that its producer may take over: taking over calls the
   * deployment's beans, and a call to them waits until every startup bean has started; were the
   * start to fail, the producer would wait for ever, and the server could not stop.
   */
  boolean ready() {
    return started;
  }

  /** Whether this node produces the blocks. */
  public boolean producing() {
    return producing;
  }

  /**
   * Keeps an admitted transaction in the pool for the producer, and awaits its block.
   *
   * @throws LedgerUnavailable when the pool cannot be written (no majority of the cluster)
   */
  public Mempool.Entry forward(Ledger.Admitted admitted, String id) {
    Mempool.Entry entry = mempool.expect(admitted, id);
    try {
      writer.queue(id, admitted.signed().canonical());
    } catch (RuntimeException e) {
      LedgerUnavailable unavailable = unavailable(e);
      entry.receipt().completeExceptionally(unavailable);
      throw unavailable;
    }
    entry.queued().set(true);
    return entry;
  }

  /**
   * This node produces from now on: it applies what the chain holds beyond its head, then takes
   * every transaction of the pool that no block holds into its mempool.
   *
   * @return how many it took
   */
  int takeOver() {
    producing = true;
    try {
      ledgers.follow();
      int taken = 0;
      // each signer's in nonce order: in id order a later nonce could come first, and the earlier
      // one would be refused
      List<Map.Entry<String, byte[]>> kept = new ArrayList<>(writer.queued().entrySet());
      kept.sort(Comparator.comparing((Map.Entry<String, byte[]> e) -> order(e.getValue())));
      for (Map.Entry<String, byte[]> entry : kept) {
        if (arrived(entry.getKey(), entry.getValue())) {
          taken++;
        }
      }
      return taken;
    } catch (RuntimeException e) {
      producing = false;
      throw e;
    }
  }

  /**
   * This node stops producing: what waits in its mempool goes to the pool, in one transaction, and
   * its submitters await the next producer's block.
   *
   * @return how many transactions it handed over
   */
  int handOver() {
    producing = false;
    List<Mempool.Entry> entries = mempool.handOver();
    Map<String, byte[]> kept = new LinkedHashMap<>();
    entries.stream()
        .filter(entry -> !entry.queued().get())
        .forEach(entry -> kept.put(entry.id(), entry.admitted().signed().canonical()));
    try {
      writer.queue(kept);
      entries.forEach(entry -> entry.queued().set(true));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The waiting transactions could not be handed to the pool", e);
      LedgerUnavailable unavailable = unavailable(e);
      entries.stream()
          .filter(entry -> !entry.queued().get())
          .forEach(entry -> entry.receipt().completeExceptionally(unavailable));
    }
    return entries.size();
  }

  /** A pool entry's signer and nonce, as one sort key; bytes that do not decode sort last. */
  private static String order(byte[] signed) {
    try {
      SignedTransaction decoded = SignedTransaction.decode(signed);
      return decoded.transaction().signer()
          + "\u0000"
          + String.format("%020d", decoded.transaction().nonce());
    } catch (IllegalArgumentException e) {
      return "\uffff";
    }
  }

  /**
   * A transaction in the pool, while this node produces: into its mempool, unless a block holds it
   * already (its nonce is used) or its mempool has it.
   *
   * @return whether it was taken
   */
  private boolean arrived(String id, byte[] signed) {
    Ledger ledger = ledgers.ledger();
    Optional<Ledger.Admitted> admitted;
    try {
      admitted =
          ledger
              .authenticate(SignedTransaction.decode(signed))
              .fold(rejection -> Optional.empty(), Optional::of);
    } catch (IllegalArgumentException e) {
      admitted = Optional.empty();
    }
    if (admitted.isEmpty()) {
      LOG.warning("A transaction " + id + " of the pool can no longer be applied; dropped");
      writer.unqueue(id);
      return false;
    }
    SignedTransaction transaction = admitted.get().signed();
    String signer = transaction.transaction().signer();
    long nonce = transaction.transaction().nonce();
    if (nonce <= ledger.state().lastNonce(signer)) {
      writer.unqueue(id);
      Rejection used =
          Authenticator.nonce(transaction.transaction(), ledger.state().lastNonce(signer))
              .orElseThrow();
      // looked up once the projection shows every block applied here: the block that used the
      // nonce may hold this very transaction, and the projection hear of it a moment later
      projection.whenProjected(
          ledger.head().map(b -> b.height()).orElse(-1L),
          () -> {
            try {
              if (writer.located(id).isEmpty()) {
                // another of the signer's took its nonce (two nodes signed for it at once): its
                // node is told, and signs a custodial one again; one a block holds is answered
                writer.refuse(id, signer, used);
              }
            } catch (RuntimeException e) {
              LOG.log(Level.WARNING, "Could not tell the pool why " + id + " was refused", e);
            }
          });
      return false;
    }
    Mempool.Entry entry = mempool.expect(admitted.get(), id);
    if (entry.produced().get()) {
      return false;
    }
    // the custodial signer must not give the same nonce to a new transaction of this signer
    custodialSigner.taken(signer, nonce);
    entry.queued().set(true);
    mempool.produce(entry);
    return true;
  }

  /**
   * A block this node applied: the submitters this node answers for transactions another node put
   * in it are answered once the projection shows it, in another thread.
   */
  private void applied(Ledger.AppliedBlock block) {
    boolean awaited =
        block.described().entries().stream()
            .anyMatch(entry -> mempool.awaitedFromElsewhere(entry.id()).isPresent());
    if (awaited) {
      projection.whenProjected(
          block.block().height(), () -> inAnotherThread(() -> mempool.decided(block)));
    }
  }

  private void inAnotherThread(Runnable task) {
    try {
      answering.execute(task);
    } catch (RuntimeException e) {
      task.run(); // the executor is saturated or stopping: here, rather than never
    }
  }

  private void event(String key, byte[] value) {
    try {
      if (key.startsWith(Keys.QUEUED)) {
        noteNonce(value);
        if (producing) {
          arrived(key.substring(Keys.QUEUED.length()), value);
        }
      } else if (key.startsWith(Keys.REFUSED)) {
        mempool.refused(key.substring(Keys.REFUSED.length()), Rejection.decode(value));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Taking " + key + " from the pool failed", e);
    }
  }

  /**
   * Another node signed a transaction for this signer (or a client did): this node's custodial
   * signer gives the signer's next transaction a later nonce, instead of learning it from a clash.
   */
  private void noteNonce(byte[] signed) {
    try {
      Transaction transaction = SignedTransaction.decode(signed).transaction();
      custodialSigner.taken(transaction.signer(), transaction.nonce());
    } catch (IllegalArgumentException e) {
      // bytes that do not decode: the producer drops them (arrived)
    }
  }

  private static LedgerUnavailable unavailable(RuntimeException cause) {
    LedgerUnavailable unavailable =
        new LedgerUnavailable(
            "the transaction could not be kept in the cluster's pool (is a majority of the"
                + " cluster's nodes up?): "
                + cause.getMessage());
    unavailable.initCause(cause);
    return unavailable;
  }

  /**
   * Told, after the fact and in a thread of Infinispan's, when a transaction enters the pool or a
   * refusal is kept, on any node.
   */
  @Listener(sync = false)
  public static final class Arrivals {
    private final Pool pool;

    Arrivals(Pool pool) {
      this.pool = pool;
    }

    /** Written anew or again: the same refusal within the hour it is kept is a modification. */
    @CacheEntryCreated
    @CacheEntryModified
    public void written(CacheEntryEvent<String, byte[]> event) {
      if (!event.isPre() && event.getValue() != null) {
        pool.event(event.getKey(), event.getValue());
      }
    }
  }
}
