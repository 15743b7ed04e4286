package dev.cascade.ledger.application;

import dev.cascade.ledger.chain.Block;
import dev.cascade.ledger.domain.certificate.Certificate;
import dev.cascade.ledger.domain.credit.CreditLine;
import dev.cascade.ledger.domain.enterprise.Enterprise;
import dev.cascade.ledger.transaction.SignedTransaction;
import dev.cascade.ledger.transaction.Transaction;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * The world state as one block left it, read-only: what a WHAT-IF simulation starts from. It is the
 * state this node had applied when the fork was taken, whole; the next block makes a new state and
 * leaves this one as it was, so reading a fork takes no lock, waits for no writer, and cannot
 * change the ledger.
 */
public final class Fork {

  private final Ledger ledger;
  private final Ledger.Applied applied;

  private Fork(Ledger ledger, Ledger.Applied applied) {
    this.ledger = ledger;
    this.applied = applied;
  }

  /** The state after the last block this node has applied. */
  public static Fork of(Ledger ledger) {
    return new Fork(ledger, ledger.applied());
  }

  /** The block the state is after; empty for a ledger that has none yet. */
  public Optional<Block> head() {
    return applied.head();
  }

  /** The height of {@link #head}; -1 before the first block. */
  public long height() {
    return head().map(Block::height).orElse(-1L);
  }

  /** The head's day: the contracts' clock at this height. */
  public Optional<LocalDate> day() {
    return head().map(block -> date(block.time()));
  }

  /** The date a block time falls on, in the deployment's offset. */
  public LocalDate date(long blockTime) {
    return ledger.date(blockTime);
  }

  /** Every certificate and part, open or not, in id order. */
  public List<Certificate> certificates() {
    return entries(StateLayout.CERTIFICATE, StateCodec::certificate);
  }

  /** Every registered enterprise, in name order. */
  public List<Enterprise> enterprises() {
    return entries(StateLayout.ENTERPRISE, StateCodec::enterprise);
  }

  /** The credit lines banks granted core enterprises, by core enterprise, then bank. */
  public List<CreditLine> creditLines() {
    return entries(StateLayout.CREDIT, StateCodec::creditLine).stream()
        .sorted(Comparator.comparing(CreditLine::core).thenComparing(CreditLine::bank))
        .toList();
  }

  /** The source of the programme contract new certificates are issued under, once one is. */
  public Optional<String> programme() {
    return Optional.ofNullable(applied.state().get(StateLayout.CURRENT_PROGRAMME))
        .map(StateCodec::text)
        .map(StateLayout::programme)
        .map(applied.state()::get)
        .map(StateCodec::text);
  }

  /**
   * The operations the signed transactions at {@code locations} carry, each block read once; a
   * contract's follow-up transaction carries none and is left out.
   *
   * @throws IllegalArgumentException when a location is above this fork's head
   */
  public Map<Ledger.Location, Operation> operations(List<Ledger.Location> locations) {
    Map<Ledger.Location, Operation> operations = new HashMap<>();
    List<Ledger.Location> inOrder =
        locations.stream().sorted(Comparator.comparingLong(Ledger.Location::height)).toList();
    Block block = null;
    for (Ledger.Location at : inOrder) {
      if (at.height() > height()) {
        throw new IllegalArgumentException(
            "block " + at.height() + " is above the fork's head " + height());
      }
      if (block == null || block.height() != at.height()) {
        block = ledger.storedBlock(at.height());
      }
      Transaction transaction =
          SignedTransaction.decode(block.transactions().get(at.index())).transaction();
      if (!FollowUp.is(transaction)) {
        operations.put(at, Operation.decode(transaction.body()));
      }
    }
    return operations;
  }

  private <T> List<T> entries(String prefix, Function<byte[], T> decode) {
    SortedMap<String, byte[]> entries =
        applied.state().subMap(prefix, prefix + Character.MAX_VALUE);
    return entries.values().stream().map(decode).toList();
  }
}
