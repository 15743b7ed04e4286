package dev.cascade.ledger.application;

import dev.cascade.ledger.crypto.HashAlgorithm;
import dev.cascade.ledger.domain.Change;
import dev.cascade.ledger.domain.Money;
import dev.cascade.ledger.domain.certificate.Certificate;
import dev.cascade.ledger.domain.certificate.Certificates;
import dev.cascade.ledger.domain.credit.CreditBook;
import dev.cascade.ledger.domain.credit.CreditLine;
import dev.cascade.ledger.domain.document.Documents;
import dev.cascade.ledger.domain.document.TradeDocument;
import dev.cascade.ledger.domain.enterprise.Enterprise;
import dev.cascade.ledger.domain.enterprise.Enterprises;
import dev.cascade.ledger.domain.financing.Financing;
import dev.cascade.ledger.domain.programme.Contracts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The world state as the domain sees it: the ports its handlers read through, over typed entries
 * under {@link Keys#STATE} laid out by {@link StateLayout}, in key order, so that the state root is
 * the same on every node. It lives in this node's memory ({@link StateStore}), derived from the
 * chain; readers see the state after the last committed block, the writer its own version until its
 * transaction ends. It changes only by {@link #apply applying} typed changes.
 */
public final class WorldState
    implements Certificates, Enterprises, Documents, CreditBook, Contracts {

  private final StateStore store;
  private final StateCommitment commitment;

  /** The changes applied since the writer began (or, not in transactions, since last taken). */
  private final List<Change> applied = new ArrayList<>();

  private final boolean disagreeing;

  /**
   * @param buckets into how many buckets the state root divides the state: see {@link
   *     StateCommitment}
   * @param transactional whether the state is written in transactions that may roll back: see
   *     {@link #ended}
   */
  WorldState(StateStore store, HashAlgorithm hash, int buckets, boolean transactional) {
    this(store, hash, buckets, transactional, false);
  }

  /**
   * @param disagreeing the test's fault switch of {@link Ledger.Settings#disagreeing}
   */
  WorldState(
      StateStore store,
      HashAlgorithm hash,
      int buckets,
      boolean transactional,
      boolean disagreeing) {
    this.store = store;
    this.commitment = new StateCommitment(store, hash, buckets, transactional);
    this.disagreeing = disagreeing;
  }

  /** A writer's transaction starts in this thread. */
  void begin() {
    store.begin();
    commitment.begin();
    applied.clear();
  }

  /**
   * The changes applied since the writer began, or since they were last taken; then forgets them.
   */
  List<Change> takeApplied() {
    List<Change> taken = List.copyOf(applied);
    applied.clear();
    return taken;
  }

  /** Into how many buckets the state root divides the state. */
  public int buckets() {
    return commitment.buckets();
  }

  /** Applies a change and brings the state root up to date with it. */
  void apply(Change change) {
    StateLayout.Entry entry = StateLayout.entry(change);
    byte[] value =
        disagreeing && change instanceof Change.DocumentAnchored
            ? disagree(entry.value())
            : entry.value();
    commitment.write(entry.key(), value); // first: its first use builds its index
    store.write(entry.key(), value);
    applied.add(change);
  }

  /** The fault switch's change: one more byte, so the state's root is not the others'. */
  private static byte[] disagree(byte[] value) {
    return java.util.Arrays.copyOf(value, value.length + 1);
  }

  /** The writer's transaction ended, committed or not: its writes are kept, or forgotten. */
  void ended(boolean committed) {
    commitment.ended(committed);
    store.ended(committed);
  }

  /** The state after the last committed block, whole; later blocks do not change it. */
  public SortedMap<String, byte[]> committed() {
    return store.committed();
  }

  @Override
  public Optional<Certificate> certificate(String id) {
    return store.read(StateLayout.certificate(id)).map(StateCodec::certificate);
  }

  @Override
  public List<Certificate> certificates() {
    return store.entries(StateLayout.CERTIFICATE).values().stream()
        .map(StateCodec::certificate)
        .toList();
  }

  @Override
  public Optional<Enterprise> enterprise(String name) {
    return store.read(StateLayout.enterprise(name)).map(StateCodec::enterprise);
  }

  /** The last day whose time events have run; empty before the first block day. */
  public Optional<LocalDate> clock() {
    return store.read(StateLayout.CLOCK).map(StateCodec::text).map(LocalDate::parse);
  }

  @Override
  public boolean founded() {
    return store.read(StateLayout.FOUNDER).isPresent();
  }

  public List<Enterprise> enterprises() {
    return store.entries(StateLayout.ENTERPRISE).values().stream()
        .map(StateCodec::enterprise)
        .toList();
  }

  @Override
  public Optional<TradeDocument> document(String id) {
    return store.read(StateLayout.document(id)).map(StateCodec::document);
  }

  public Optional<Financing> financing(String certificateId) {
    return store.read(StateLayout.financing(certificateId)).map(StateCodec::financing);
  }

  @Override
  public Money creditLine(String core, Currency currency) {
    return amount(StateLayout.creditTotal(core, currency), currency);
  }

  @Override
  public Optional<CreditLine> creditLine(String core, String bank) {
    return store.read(StateLayout.credit(core, bank)).map(StateCodec::creditLine);
  }

  /** Kept as a state entry of its own, so it costs one read. */
  @Override
  public Money creditUsed(String core, Currency currency) {
    return amount(StateLayout.outstanding(core, currency), currency);
  }

  /** A running total kept under {@code key}. */
  private Money amount(String key, Currency currency) {
    return store
        .read(key)
        .map(bytes -> StateCodec.total(bytes, currency))
        .orElse(Money.zero(currency));
  }

  @Override
  public boolean invoiceUsed(String fingerprint) {
    return store.read(StateLayout.invoice(fingerprint)).isPresent();
  }

  /** The last nonce {@code signer} used, or -1. */
  public long lastNonce(String signer) {
    return store.read(StateLayout.nonce(signer)).map(StateCodec::number).orElse(-1L);
  }

  @Override
  public Optional<String> source(String contractId) {
    return store.read(StateLayout.programme(contractId)).map(StateCodec::text);
  }

  @Override
  public Optional<String> current() {
    return store.read(StateLayout.CURRENT_PROGRAMME).map(StateCodec::text);
  }

  /** Every state entry, in key order: what the state root commits to. */
  public SortedMap<String, byte[]> entries() {
    return store.entries(Keys.STATE);
  }

  /** The Merkle commitment over every state entry: see {@link StateCommitment}. */
  public byte[] root() {
    return commitment.root();
  }

  /** The state root of {@code entries} worked out from scratch, as an auditor would. */
  public static byte[] rootOf(HashAlgorithm hash, int buckets, Map<String, byte[]> entries) {
    return StateCommitment.rootOf(hash, buckets, entries);
  }
}
