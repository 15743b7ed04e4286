package dev.cascade.ledger.service;

import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.application.Operation;
import dev.cascade.ledger.application.Outcome;
import dev.cascade.ledger.chain.Block;
import dev.cascade.ledger.chain.ChainReport;
import dev.cascade.ledger.chain.InclusionProof;
import dev.cascade.ledger.infrastructure.LedgerFactory;
import dev.cascade.ledger.infrastructure.LedgerSettings;
import dev.cascade.ledger.transaction.SignedTransaction;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * What the REST interface asks of the ledger: submit an operation (signed by the server's custodial
 * key, or pre-signed by the client), wait for its block, and read blocks, transactions and proofs.
 * Signatures are verified here, in the caller's thread, before the writer lock is taken, so many
 * verify at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LedgerService {

  private static final long POLL_MILLIS = 20;

  @Inject private LedgerFactory ledgers;
  @Inject private LedgerSettings settings;
  @Inject private LedgerWriter writer;

  /** Signs {@code operation} with {@code signer}'s custodial key and submits it. */
  public Receipt submit(String signer, Operation operation) {
    return await(writer.applyCustodial(signer, operation));
  }

  /** Submits a transaction the client signed itself. */
  public Receipt submitSigned(SignedTransaction signed) {
    Ledger.Result checked = ledgers.ledger().authenticate(signed);
    if (checked.rejection().isPresent()) {
      return new Receipt(
          Outcome.rejected(checked.rejection().get()), Receipt.Status.REJECTED, Optional.empty());
    }
    return await(writer.apply(checked.admitted().get()));
  }

  /** Waits up to the submit timeout for the transaction's block. */
  private Receipt await(Outcome outcome) {
    if (!outcome.accepted()) {
      return new Receipt(outcome, Receipt.Status.REJECTED, Optional.empty());
    }
    long deadline = System.nanoTime() + settings.submitTimeout().toNanos();
    while (System.nanoTime() < deadline) {
      Optional<Ledger.Location> location = ledgers.ledger().locate(outcome.transactionId());
      if (location.isPresent()) {
        return new Receipt(outcome, Receipt.Status.COMMITTED, location);
      }
      sleep(Duration.ofMillis(POLL_MILLIS));
    }
    return new Receipt(outcome, Receipt.Status.PENDING, Optional.empty());
  }

  /** Committed with its location, pending, or unknown. */
  public Optional<Receipt.Status> status(String transactionId) {
    Ledger ledger = ledgers.ledger();
    if (ledger.locate(transactionId).isPresent()) {
      return Optional.of(Receipt.Status.COMMITTED);
    }
    return ledger.isPending(transactionId) ? Optional.of(Receipt.Status.PENDING) : Optional.empty();
  }

  public Optional<Ledger.Location> locate(String transactionId) {
    return ledgers.ledger().locate(transactionId);
  }

  public Optional<InclusionProof> proof(String transactionId) {
    return ledgers.ledger().proof(transactionId);
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
    writer.rebuildProjection();
  }

  public Ledger.Settings settings() {
    return settings.ledger();
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a block", e);
    }
  }
}
