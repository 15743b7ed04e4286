package dev.cascade.ledger.service;

import dev.cascade.ledger.application.Operation;
import dev.cascade.ledger.infrastructure.Custody;
import dev.cascade.ledger.infrastructure.LedgerFactory;
import dev.cascade.ledger.transaction.SignedTransaction;
import dev.cascade.ledger.transaction.Transaction;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Signs for custodial enterprises: each transaction gets the signer's next nonce and is queued
 * before the signer's next one is signed, so one signer's transactions reach the ledger in nonce
 * order however many arrive at once. Different signers sign in parallel.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CustodialSigner {

  @Inject private Custody custody;
  @Inject private LedgerFactory ledgers;

  private final Map<String, long[]> lastNonce = new ConcurrentHashMap<>();

  /** A transaction of {@code signer} with {@code nonce} waits already: sign after it. */
  public void taken(String signer, long nonce) {
    long[] last = lastNonce.computeIfAbsent(signer, s -> new long[] {-1});
    synchronized (last) {
      last[0] = Math.max(last[0], nonce);
    }
  }

  /**
   * The nonce {@code signer}'s next transaction would get here: above every one this node signed,
   * heard of in the pool, or applied.
   */
  public long next(String signer) {
    long[] last = lastNonce.computeIfAbsent(signer, s -> new long[] {-1});
    synchronized (last) {
      return Math.max(last[0], ledgers.ledger().state().lastNonce(signer)) + 1;
    }
  }

  public CompletableFuture<Receipt> submit(
      String signer,
      Operation operation,
      Function<SignedTransaction, CompletableFuture<Receipt>> queue) {
    long[] last = lastNonce.computeIfAbsent(signer, s -> new long[] {-1});
    synchronized (last) {
      long nonce = Math.max(last[0], ledgers.ledger().state().lastNonce(signer)) + 1;
      Transaction transaction =
          new Transaction(operation.event(), signer, nonce, operation.canonical());
      SignedTransaction signed =
          new SignedTransaction(transaction, custody.sign(signer, transaction.canonical()));
      last[0] = nonce;
      return queue.apply(signed);
    }
  }
}
