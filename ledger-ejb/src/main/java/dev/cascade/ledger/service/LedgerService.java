package dev.cascade.ledger.service;

import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.application.Operation;
import dev.cascade.ledger.chain.Block;
import dev.cascade.ledger.chain.ChainReport;
import dev.cascade.ledger.chain.InclusionProof;
import dev.cascade.ledger.infrastructure.LedgerFactory;
import dev.cascade.ledger.infrastructure.LedgerSettings;
import dev.cascade.ledger.projection.ProjectionFollower;
import dev.cascade.ledger.projection.Queries;
import dev.cascade.ledger.transaction.Authenticator;
import dev.cascade.ledger.transaction.Checked;
import dev.cascade.ledger.transaction.Rejection;
import dev.cascade.ledger.transaction.SignedTransaction;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the REST interface asks of the ledger: submit an operation (signed by the server's custodial
 * key, or pre-signed by the client) and get its receipt when its block commits, and read blocks,
 * transactions and proofs. Signatures are verified here, in the caller's thread, before anything
 * waits for the writer lock, so many verify at once; nothing here holds a thread while waiting.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LedgerService {

  @Inject private LedgerFactory ledgers;
  @Inject private LedgerSettings settings;
  @Inject private LedgerWriter writer;
  @Inject private Mempool mempool;
  @Inject private CustodialSigner custodialSigner;
  @Inject private Queries queries;
  @Inject private ProjectionFollower projection;
  @Inject private ChainFollower follower;
  @Inject private Pool pool;
  @Inject private LedgerMetrics metrics;
  @Resource private ManagedExecutorService managed;

  private static final Logger LOG = Logger.getLogger(LedgerService.class.getName());

  /** The rule a reused idempotency key breaks. */
  public static final String IDEMPOTENCY = "an idempotency key names one operation";

  /**
   * How often a custodial transaction is signed again, at least, after losing its nonce to
   * another's; more while the submit timeout allows.
   */
  private static final int NONCE_CLASHES = 20;

  /**
   * Signs {@code operation} with {@code signer}'s custodial key and submits it.
   *
   * @throws dev.cascade.ledger.infrastructure.CustodyException when the server cannot sign for
   *     {@code signer}
   */
  public CompletableFuture<Receipt> submit(String signer, Operation operation) {
    return submit(signer, operation, Optional.empty());
  }

  /**
   * Signs {@code operation} with {@code signer}'s custodial key and submits it; with the client's
   * idempotency key, a retry (on any node, for a day) submits the very transaction the first
   * attempt signed, so it is applied once and answered with where it is.
   *
   * @throws dev.cascade.ledger.infrastructure.CustodyException when the server cannot sign for
   *     {@code signer}
   */
  public CompletableFuture<Receipt> submit(
      String signer, Operation operation, Optional<String> idempotencyKey) {
    return metrics.answered(
        submit(
            signer,
            operation,
            idempotencyKey,
            0,
            System.nanoTime() + settings.submitTimeout().toNanos()));
  }

  /**
   * Signs and submits, and signs again with a fresh nonce when the transaction lost its nonce to
   * another node that signed for the same signer at the same moment: at least {@value
   * #NONCE_CLASHES} times, and for as long as the submit timeout allows. Nodes signing for one
   * enterprise at once, under load, may each lose a few rounds; one that loses them all answers
   * 503, having applied nothing, so that the client sends it again (with the same Idempotency-Key).
   */
  private CompletableFuture<Receipt> submit(
      String signer, Operation operation, Optional<String> key, int attempt, long deadline) {
    following();
    return custodialSigner
        .submit(
            signer,
            operation,
            signed ->
                key.isEmpty() ? admit(signed) : submitOnce(signer, key.get(), attempt, signed))
        .thenCompose(
            receipt -> {
              if (!nonceTaken(receipt)) {
                return CompletableFuture.completedFuture(receipt);
              }
              // the producer says which nonce is free, counting what it holds for its next block
              receipt
                  .outcome()
                  .refusal()
                  .map(Authenticator::nextNonce)
                  .ifPresent(next -> next.ifPresent(n -> custodialSigner.taken(signer, n - 1)));
              if (attempt < NONCE_CLASHES || System.nanoTime() - deadline < 0) {
                return again(signer, operation, key, attempt + 1, deadline);
              }
              LOG.warning(
                  "A transaction of "
                      + signer
                      + " was signed "
                      + (attempt + 1)
                      + " times, and each time another node had used its nonce first");
              return CompletableFuture.failedFuture(
                  new LedgerUnavailable(
                      "the operation was signed for "
                          + signer
                          + " "
                          + (attempt + 1)
                          + " times, and each time another node signing for "
                          + signer
                          + " at the same moment used its nonce first; nothing was applied: send"
                          + " it again (with the same Idempotency-Key)"));
            });
  }

  /**
   * Signs and submits again after a clash, a few milliseconds later, the wait drawn at random: the
   * nodes that clashed do not clash again at once, and this node has heard of the nonces the others
   * used meanwhile.
   */
  private CompletableFuture<Receipt> again(
      String signer, Operation operation, Optional<String> key, int attempt, long deadline) {
    Executor later =
        CompletableFuture.delayedExecutor(
            ThreadLocalRandom.current().nextLong(5, 50),
            TimeUnit.MILLISECONDS,
            this::inManagedThread);
    return CompletableFuture.supplyAsync(
            () -> submit(signer, operation, key, attempt, deadline), later)
        .thenCompose(receipt -> receipt);
  }

  /**
   * Submits the transaction that stands for this attempt of {@code signer}'s idempotency key:
   * {@code signed}, or the one an earlier request signed for the same operation. A key used for
   * another operation is refused.
   */
  private CompletableFuture<Receipt> submitOnce(
      String signer, String key, int attempt, SignedTransaction signed) {
    Optional<byte[]> earlier = writer.claim(signer, key, attempt, signed.canonical());
    if (earlier.isEmpty()) {
      return admit(signed);
    }
    SignedTransaction first = SignedTransaction.decode(earlier.get());
    if (!first.transaction().operation().equals(signed.transaction().operation())
        || !java.util.Arrays.equals(first.transaction().body(), signed.transaction().body())) {
      return CompletableFuture.completedFuture(
          Receipt.rejected(
              new Rejection(
                  IDEMPOTENCY,
                  "the Idempotency-Key \""
                      + key
                      + "\" was used by "
                      + signer
                      + " for another operation within the last day; use a new key for a new"
                      + " operation")));
    }
    return admit(first);
  }

  private static boolean nonceTaken(Receipt receipt) {
    return receipt
        .outcome()
        .refusal()
        .filter(rejection -> rejection.rule().equals(Authenticator.REPLAY))
        .isPresent();
  }

  /**
   * @throws LedgerUnavailable when this node stopped following the chain at a block it could not
   *     apply: it takes no operation until that is resolved
   */
  private void following() {
    follower
        .stuck()
        .ifPresent(
            alarm -> {
              throw new LedgerUnavailable(
                  "this node stopped following the chain and takes no operation: " + alarm);
            });
  }

  /**
   * Submits a signed transaction: its signature is checked here, in the caller's thread; the
   * receipt comes when its block commits, or as "pending" after the submit timeout.
   */
  public CompletableFuture<Receipt> submitSigned(SignedTransaction signed) {
    return metrics.answered(admit(signed));
  }

  /** {@link #submitSigned(SignedTransaction)}, its answer not counted yet. */
  private CompletableFuture<Receipt> admit(SignedTransaction signed) {
    following();
    Ledger ledger = ledgers.ledger();
    long verifying = System.nanoTime();
    Checked<Ledger.Admitted> authenticated = ledger.authenticate(signed);
    metrics.verified(System.nanoTime() - verifying);
    return authenticated.fold(
        rejection -> CompletableFuture.completedFuture(Receipt.rejected(rejection)),
        admitted -> submitAdmitted(ledger, signed, admitted));
  }

  private CompletableFuture<Receipt> submitAdmitted(
      Ledger ledger, SignedTransaction signed, Ledger.Admitted admitted) {
    String id = admitted.id();
    // the same signed bytes again (a client retrying after a 202): say where the first one is. A
    // block holds it only if its nonce is used, so a fresh nonce needs no look-up in the database.
    boolean nonceUsed =
        signed.transaction().nonce() <= ledger.state().lastNonce(signed.transaction().signer());
    Optional<Receipt.Status> known =
        nonceUsed
            ? status(id)
            : mempool.holds(id) ? Optional.of(Receipt.Status.PENDING) : Optional.empty();
    if (known.isPresent()) {
      return CompletableFuture.completedFuture(Receipt.known(id, known.get(), locate(id)));
    }
    if (nonceUsed) {
      // its nonce is used: by itself, in a block the projection does not show yet, or by another
      // transaction of its signer, and then the producer would refuse it; so, once the projection
      // shows every block this node has applied, say which
      Rejection used =
          Authenticator.nonce(
                  signed.transaction(), ledger.state().lastNonce(signed.transaction().signer()))
              .orElseThrow();
      CompletableFuture<Receipt> answer = new CompletableFuture<>();
      projection.whenProjected(
          ledger.head().map(Block::height).orElse(-1L),
          () ->
              answer.complete(
                  locate(id)
                      .map(at -> Receipt.known(id, Receipt.Status.COMMITTED, Optional.of(at)))
                      .orElseGet(() -> Receipt.rejected(used))));
      return answer;
    }
    // the producer takes it from this node's mempool; another node's from the replicated pool
    Mempool.Entry entry = pool.producing() ? mempool.add(admitted, id) : pool.forward(admitted, id);
    CompletableFuture<Receipt> answer = entry.receipt().copy();
    CompletableFuture.delayedExecutor(
            settings.submitTimeout().toMillis(),
            TimeUnit.MILLISECONDS,
            task -> {
              if (!entry.receipt().isDone()) { // most are answered long before: nothing to do
                inManagedThread(task);
              }
            })
        .execute(() -> pendingAfterTimeout(entry, signed, answer));
    return answer;
  }

  /**
   * The block did not come in time: keeps the transaction under {@code queued/}, so that it is not
   * lost if this node dies before its block, then tells the submitter it is pending (202).
   */
  private void pendingAfterTimeout(
      Mempool.Entry entry, SignedTransaction signed, CompletableFuture<Receipt> answer) {
    if (entry.receipt().isDone()) {
      return; // answered already
    }
    try {
      // decided: its block has committed, nothing to keep; queued: the pool keeps it already
      if (!entry.decided().get() && !entry.queued().get()) {
        writer.queue(entry.id(), signed.canonical());
        entry.queued().set(true);
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Could not keep pending transaction " + entry.id() + "; it waits in memory only",
          e);
    }
    answer.complete(Receipt.known(entry.id(), Receipt.Status.PENDING, Optional.empty()));
  }

  private void inManagedThread(Runnable task) {
    try {
      managed.execute(task);
    } catch (RuntimeException e) {
      task.run(); // the executor is saturated or stopping: here, rather than never
    }
  }

  /**
   * Submits signed transactions in one call, each on its own: each is verified, queued in the order
   * given, and answered with its own receipt (rejected, committed, or pending after the submit
   * timeout). One rejected transaction does not hold back the others.
   */
  public CompletableFuture<List<Receipt>> submitSigned(List<SignedTransaction> batch) {
    List<CompletableFuture<Receipt>> receipts = new ArrayList<>(batch.size());
    // the same signed bytes twice in one batch: both answered with the one receipt
    Map<String, CompletableFuture<Receipt>> byId = new HashMap<>();
    Ledger ledger = ledgers.ledger();
    for (SignedTransaction signed : batch) {
      receipts.add(
          byId.computeIfAbsent(
              ledger.transactionId(signed.canonical()),
              id ->
                  // one that cannot be applied at all is refused, and the batch still answered
                  submitSigned(signed).exceptionally(LedgerService::notApplied)));
    }
    return CompletableFuture.allOf(receipts.toArray(CompletableFuture[]::new))
        .thenApply(done -> receipts.stream().map(CompletableFuture::join).toList());
  }

  private static Receipt notApplied(Throwable failure) {
    Throwable cause =
        failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
    return Receipt.rejected(
        new Rejection(
            "the ledger can apply the transaction",
            "it could not be applied and nothing of it was kept: " + cause.getMessage()));
  }

  /** Committed with its location, pending, or unknown. */
  public Optional<Receipt.Status> status(String transactionId) {
    // waiting first: a transaction committed in between is found by locate, never lost
    boolean waiting = mempool.holds(transactionId);
    if (locate(transactionId).isPresent()) {
      return Optional.of(Receipt.Status.COMMITTED);
    }
    return waiting ? Optional.of(Receipt.Status.PENDING) : Optional.empty();
  }

  /**
   * Where a committed transaction is: in the projection's index, or in a block that waits to be
   * projected.
   */
  public Optional<Ledger.Location> locate(String transactionId) {
    return queries.locate(transactionId).or(() -> projection.locate(transactionId));
  }

  /** The height of the last block the projection, and so every query, shows. */
  public long projectedHeight() {
    return projection.height();
  }

  public Optional<InclusionProof> proof(String transactionId) {
    return locate(transactionId).flatMap(ledgers.ledger()::proof);
  }

  public Optional<Block> block(long height) {
    return ledgers.ledger().block(height);
  }

  public Optional<Block> head() {
    return ledgers.ledger().head();
  }

  public ChainReport verify() {
    return writer.audit();
  }

  public void rebuildProjection() {
    projection.rebuild();
  }

  public Ledger.Settings settings() {
    return settings.ledger();
  }
}
