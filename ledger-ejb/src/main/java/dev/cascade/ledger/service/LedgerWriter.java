package dev.cascade.ledger.service;

import dev.cascade.ledger.application.ChainAudit;
import dev.cascade.ledger.application.Keys;
import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.application.MemoryStore;
import dev.cascade.ledger.application.Operation;
import dev.cascade.ledger.application.Outcome;
import dev.cascade.ledger.chain.Block;
import dev.cascade.ledger.chain.BlockCodec;
import dev.cascade.ledger.chain.Blocks;
import dev.cascade.ledger.chain.ChainReport;
import dev.cascade.ledger.infrastructure.Custody;
import dev.cascade.ledger.infrastructure.LedgerFactory;
import dev.cascade.ledger.infrastructure.LedgerSettings;
import dev.cascade.ledger.projection.Projection;
import dev.cascade.ledger.transaction.SignedTransaction;
import dev.cascade.ledger.transaction.Transaction;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything that changes the ledger, each in its own JTA transaction that first takes the
 * cluster-wide writer lock: so transactions apply one at a time, in one order, on every node, and
 * the ledger cache and the projection commit or roll back together.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LedgerWriter {

  @Inject private LedgerFactory ledgers;
  @Inject private LedgerSettings settings;
  @Inject private Custody custody;
  @Inject private Projection projection;

  /** Signs with {@code signer}'s custodial key, with its next nonce, and applies. */
  public Outcome applyCustodial(String signer, Operation operation) {
    Ledger ledger = ledgers.writer();
    Transaction transaction =
        new Transaction(
            operation.event(), signer, ledger.state().lastNonce(signer) + 1, operation.canonical());
    SignedTransaction signed =
        new SignedTransaction(transaction, custody.sign(signer, transaction.canonical()));
    return project(ledger.submit(signed, System.currentTimeMillis()));
  }

  private Outcome project(Outcome outcome) {
    if (outcome.accepted()) {
      projection.apply(outcome.stateWrites());
    }
    return outcome;
  }

  /**
   * Applies the mempool's entries in order, each accepted or refused on its own, and seals the
   * block: all in one transaction, so a block and its transactions commit together. The block is
   * filled in memory: its transactions are never written to the store as pending.
   *
   * @return each entry's receipt, in order
   */
  public List<Receipt> produce(List<Mempool.Entry> entries) {
    Ledger ledger = ledgers.writer();
    Ledger.Filling block = ledger.fill();
    long now = System.currentTimeMillis();
    projection.apply(block.passTime(now)); // the days that are over come first in the block
    List<Outcome> outcomes = new java.util.ArrayList<>();
    for (Mempool.Entry entry : entries) {
      outcomes.add(project(block.submit(entry.admitted(), now)));
      if (entry.queued().get()) {
        ledgers.store().remove(Keys.QUEUED + entry.id()); // decided now, with its block
      }
    }
    if (!block.isEmpty()) {
      block.seal(producer()).ifPresent(b -> projection.index(b, ledger));
    }
    return outcomes.stream()
        .map(
            outcome ->
                outcome.accepted()
                    ? new Receipt(
                        outcome, Receipt.Status.COMMITTED, ledger.locate(outcome.transactionId()))
                    : new Receipt(outcome, Receipt.Status.REJECTED, Optional.empty()))
        .toList();
  }

  /**
   * Keeps a signed transaction its submitter was told is pending until its block takes it away (see
   * {@link Keys#QUEUED}). No writer lock: only this key is written.
   */
  public void queue(String id, byte[] signed) {
    ledgers.store().write(Keys.QUEUED + id, signed);
  }

  /**
   * Removes the state root's index that earlier versions kept in the cache: each node now keeps it
   * in memory.
   *
   * @return how many entries were removed
   */
  public int dropFormerIndex() {
    ledgers.writer();
    java.util.Set<String> former = ledgers.store().entries(Keys.FORMER_INDEX).keySet();
    former.forEach(ledgers.store()::remove);
    return former.size();
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

  /** Seals the pending transactions into a block signed by this node, if there are any. */
  public Optional<Block> seal() {
    Ledger ledger = ledgers.writer();
    if (!ledger.hasPending()) {
      return Optional.empty();
    }
    Optional<Block> block = ledger.seal(producer());
    block.ifPresent(b -> projection.index(b, ledger));
    return block;
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

  /** Audits the stored chain and world state from genesis, after sealing what is pending. */
  public ChainReport audit() {
    seal();
    Ledger ledger = ledgers.ledger();
    return new ChainAudit(settings.ledger(), producers(), ledger.stateBuckets())
        .audit(ledger.storedBlocks(), ledger.state().entries());
  }

  /**
   * Drops the projection and builds it again from the chain.
   *
   * @throws IllegalStateException when the chain does not audit sound
   */
  public void rebuildProjection() {
    seal();
    Ledger ledger = ledgers.ledger();
    List<byte[]> blocks = ledger.storedBlocks();
    MemoryStore replayed =
        new ChainAudit(settings.ledger(), producers(), ledger.stateBuckets())
            .replay(blocks)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the chain does not verify; see GET /api/ledger/verification"));
    projection.clear();
    projection.apply(replayed.entries(Keys.STATE));
    for (byte[] stored : blocks) {
      projection.index(BlockCodec.decode(stored), ledger);
    }
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
