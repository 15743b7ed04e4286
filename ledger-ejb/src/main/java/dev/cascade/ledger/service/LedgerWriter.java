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
import dev.cascade.ledger.transaction.Checked;
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

  @Inject private LedgerFactory ledgers;
  @Inject private LedgerSettings settings;
  @Inject private Custody custody;

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
    List<Checked<Outcome>> outcomes = new ArrayList<>();
    for (Mempool.Entry entry : entries) {
      outcomes.add(block.submit(entry.admitted(), now));
      if (entry.queued().get()) {
        ledgers.store().remove(Keys.QUEUED + entry.id()); // decided now, with its block
      }
    }
    seal(block);
    return outcomes.stream()
        .map(
            outcome ->
                Receipt.decided(
                    outcome,
                    outcome.fold(r -> Optional.empty(), o -> block.location(o.transactionId()))))
        .toList();
  }

  /**
   * Keeps a signed transaction its submitter was told is pending until its block takes it away (see
   * {@link Keys#QUEUED}). No writer lock: only this key is written.
   */
  public void queue(String id, byte[] signed) {
    ledgers.store().write(Keys.QUEUED + id, signed);
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
