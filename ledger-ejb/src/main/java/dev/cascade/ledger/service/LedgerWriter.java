package dev.cascade.ledger.service;

import dev.cascade.ledger.application.ChainAudit;
import dev.cascade.ledger.application.DemoProgramme;
import dev.cascade.ledger.application.Keys;
import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.application.Operation;
import dev.cascade.ledger.application.Outcome;
import dev.cascade.ledger.chain.Block;
import dev.cascade.ledger.chain.Blocks;
import dev.cascade.ledger.chain.ChainReport;
import dev.cascade.ledger.infrastructure.Custody;
import dev.cascade.ledger.infrastructure.LedgerFactory;
import dev.cascade.ledger.infrastructure.LedgerSettings;
import dev.cascade.ledger.projection.ProjectionFollower;
import dev.cascade.ledger.projection.Queries;
import dev.cascade.ledger.transaction.Authenticator;
import dev.cascade.ledger.transaction.Checked;
import dev.cascade.ledger.transaction.Rejection;
import dev.cascade.ledger.transaction.SignedTransaction;
import dev.cascade.ledger.transaction.Transaction;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything that changes the ledger, each in its own JTA transaction that first takes the writer:
 * so blocks are made one at a time, in one order, and the block and this node's world state commit
 * or roll back together. The projection follows once a block has committed ({@link
 * dev.cascade.ledger.projection.ProjectionFollower}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LedgerWriter {

  /** How long the node a refused transaction of the pool was submitted to has to hear of it. */
  private static final java.time.Duration REFUSALS_KEPT = java.time.Duration.ofHours(1);

  /** How long a client may retry a custodial operation with its idempotency key. */
  private static final java.time.Duration IDEMPOTENCY_KEPT = java.time.Duration.ofHours(24);

  @Inject private LedgerFactory ledgers;
  @Inject private LedgerSettings settings;
  @Inject private Custody custody;
  @Inject private CustodialSigner custodialSigner;
  @Inject private ProjectionFollower projection;
  @Inject private Queries queries;

  /**
   * Signs with {@code signer}'s custodial key, with its next nonce, and applies it in a block of
   * its own.
   */
  public Checked<Outcome> applyCustodial(String signer, Operation operation) {
    return applyCustodial(List.of(new DemoProgramme.Step(signer, operation))).get(0);
  }

  /**
   * Signs each step with its signer's custodial key and next nonce, and applies them in a block.
   */
  public List<Checked<Outcome>> applyCustodial(List<DemoProgramme.Step> steps) {
    Ledger ledger = ledgers.writer();
    Ledger.Filling block = ledger.fill();
    long now = System.currentTimeMillis();
    block.passTime(now);
    List<Checked<Outcome>> outcomes = new ArrayList<>();
    for (DemoProgramme.Step step : steps) {
      String signer = step.signer();
      Operation operation = step.operation();
      Transaction transaction =
          new Transaction(
              operation.event(),
              signer,
              ledger.state().lastNonce(signer) + 1,
              operation.canonical());
      SignedTransaction signed =
          new SignedTransaction(transaction, custody.sign(signer, transaction.canonical()));
      outcomes.add(ledger.authenticate(signed).then(admitted -> block.submit(admitted, now)));
    }
    seal(block);
    return outcomes;
  }

  private void seal(Ledger.Filling block) {
    if (!block.isEmpty()) {
      block.seal(producer());
    }
  }

  /**
   * Applies the mempool's entries in order, each accepted or refused on its own, and seals the
   * block: all in one transaction, so a block and its transactions commit together. The block is
   * filled in memory, on the writer's own version of the world state, which becomes this node's
   * state when the transaction commits.
   *
   * @return each entry's receipt, in order
   */
  public List<Receipt> produce(List<Mempool.Entry> entries) {
    Ledger ledger = ledgers.writer();
    Ledger.Filling block = ledger.fill();
    long now = System.currentTimeMillis();
    block.passTime(now); // the days that are over come first in the block
    List<Receipt> receipts = new ArrayList<>();
    List<Checked<Outcome>> outcomes = new ArrayList<>();
    for (Mempool.Entry entry : entries) {
      Checked<Outcome> outcome = block.submit(entry.admitted(), now);
      outcomes.add(outcome);
      // refused because a block holds it already (a producer before this one put it in a block a
      // moment before it left): committed there, whatever this block says
      Optional<Ledger.Location> already =
          outcome.refusal().flatMap(rejection -> heldAlready(entry.id(), rejection));
      receipts.add(
          already.isPresent()
              ? Receipt.known(entry.id(), Receipt.Status.COMMITTED, already)
              : null);
      if (entry.queued().get()) {
        // decided now, with its block; a refusal is kept a while for the node its submitter asked
        ledgers.store().remove(Keys.QUEUED + entry.id());
        if (already.isEmpty()) {
          outcome
              .refusal()
              .ifPresent(
                  rejection ->
                      refuse(
                          entry.id(), entry.admitted().signed().transaction().signer(), rejection));
        }
      }
    }
    seal(block);
    for (int i = 0; i < receipts.size(); i++) {
      if (receipts.get(i) == null) {
        Checked<Outcome> outcome = outcomes.get(i);
        receipts.set(
            i,
            Receipt.decided(
                outcome,
                outcome.fold(r -> Optional.empty(), o -> block.location(o.transactionId()))));
      }
    }
    return receipts;
  }

  /**
   * Tells the node a refused transaction of the pool was submitted to why, for an hour (see {@link
   * Keys#REFUSED}); a used nonce with the signer's next free one as this node knows it.
   */
  public void refuse(String id, String signer, Rejection rejection) {
    Rejection told =
        rejection.rule().equals(Authenticator.REPLAY)
            ? Authenticator.withNextNonce(rejection, custodialSigner.next(signer))
            : rejection;
    ledgers.store().writeFor(Keys.REFUSED + id, told.encode(), REFUSALS_KEPT);
  }

  /**
   * Where a transaction refused as a replay is, when it is a block's already (its nonce is used by
   * itself: a producer before this one put it in a block a moment before it left), so that its
   * submitter is told it committed, not that it was refused.
   */
  private Optional<Ledger.Location> heldAlready(String id, Rejection rejection) {
    return rejection.rule().equals(Authenticator.REPLAY) ? located(id) : Optional.empty();
  }

  /** Where a transaction is in the chain this node has applied, if it is there. */
  public Optional<Ledger.Location> located(String id) {
    return projection.locate(id).or(() -> queries.locate(id));
  }

  /**
   * Keeps a signed transaction in the replicated pool until its block takes it away (see {@link
   * Keys#QUEUED}). No writer lock: only this key is written.
   */
  public void queue(String id, byte[] signed) {
    ledgers.store().write(Keys.QUEUED + id, signed);
  }

  /**
   * Lets {@code signed} stand for attempt {@code attempt} of {@code signer}'s idempotency key
   * {@code key} for a day, unless another transaction does already. An attempt after the first is
   * the operation signed again because the attempt before lost its nonce; each attempt is claimed
   * once, so two nodes retrying the same key at once submit the same transaction.
   *
   * @return the transaction that stood for the attempt before, if one did
   */
  public Optional<byte[]> claim(String signer, String key, int attempt, byte[] signed) {
    String entry = Keys.IDEMPOTENT + signer + "/" + key + (attempt == 0 ? "" : "#" + attempt);
    return ledgers.store().keepIfAbsent(entry, signed, IDEMPOTENCY_KEPT);
  }

  /** Keeps these signed transactions in the replicated pool, by id, all in one transaction. */
  public void queue(Map<String, byte[]> signed) {
    signed.forEach((id, bytes) -> ledgers.store().write(Keys.QUEUED + id, bytes));
  }

  /** The transactions kept as pending, by id. */
  public Map<String, byte[]> queued() {
    Map<String, byte[]> queued = new java.util.TreeMap<>();
    ledgers
        .store()
        .entries(Keys.QUEUED)
        .forEach((key, value) -> queued.put(key.substring(Keys.QUEUED.length()), value));
    return queued;
  }

  /** Forgets a kept transaction that a block holds already or that can no longer be applied. */
  public void unqueue(String id) {
    ledgers.store().remove(Keys.QUEUED + id);
  }

  /** This node as a block producer, its key on the ledger for auditors to check its blocks. */
  private Blocks producer() {
    String producer = settings.node();
    if (ledgers.store().read(Keys.PRODUCER + producer).isEmpty()) {
      ledgers.store().write(Keys.PRODUCER + producer, custody.keyFor("node:" + producer));
    }
    return new Blocks(
        settings.ledger().hash(),
        settings.ledger().scheme(),
        producer,
        custody.privateKey("node:" + producer));
  }

  /** Audits the stored chain from genesis and this node's world state against it. */
  public ChainReport audit() {
    Ledger ledger = ledgers.ledger();
    Ledger.Applied applied = ledger.applied();
    return new ChainAudit(settings.ledger(), producers(), ledger.stateBuckets())
        .audit(ledger.storedBlocks(height(applied)), applied.state());
  }

  private static long height(Ledger.Applied applied) {
    return applied.head().map(Block::height).orElse(-1L);
  }

  private Map<String, PublicKey> producers() {
    Map<String, PublicKey> producers = new HashMap<>();
    ledgers
        .store()
        .entries(Keys.PRODUCER)
        .forEach(
            (key, encoded) ->
                producers.put(
                    key.substring(Keys.PRODUCER.length()),
                    settings.ledger().scheme().publicKey(encoded)));
    return producers;
  }
}
