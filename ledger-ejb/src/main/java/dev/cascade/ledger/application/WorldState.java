package dev.cascade.ledger.application;

import dev.cascade.ledger.crypto.HashAlgorithm;
import dev.cascade.ledger.domain.Certificate;
import dev.cascade.ledger.domain.CreditLine;
import dev.cascade.ledger.domain.Enterprise;
import dev.cascade.ledger.domain.Money;
import dev.cascade.ledger.domain.TradeDocument;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The world state as the domain sees it: typed entries under {@link Keys#STATE}, in key order, so
 * that the state root is the same on every node. It lives in this node's memory ({@link
 * StateStore}), derived from the chain; readers see the state after the last committed block, the
 * writer its own version until its transaction ends.
 */
public final class WorldState {

  private final StateStore store;
  private final StateCommitment commitment;

  /** The keys written since the writer began (or, not in transactions, since last taken). */
  private final java.util.Set<String> written = new java.util.HashSet<>();

  /**
   * @param buckets into how many buckets the state root divides the state: see {@link
   *     StateCommitment}
   * @param transactional whether the state is written in transactions that may roll back: see
   *     {@link #ended}
   */
  WorldState(StateStore store, HashAlgorithm hash, int buckets, boolean transactional) {
    this.store = store;
    this.commitment = new StateCommitment(store, hash, buckets, transactional);
  }

  /** A writer's transaction starts in this thread. */
  void begin() {
    store.begin();
    commitment.begin();
    written.clear();
  }

  /** The keys written since the writer began, or since they were last taken; then forgets them. */
  java.util.Set<String> takeWritten() {
    java.util.Set<String> taken = java.util.Set.copyOf(written);
    written.clear();
    return taken;
  }

  /** Into how many buckets the state root divides the state. */
  public int buckets() {
    return commitment.buckets();
  }

  /** Writes a state entry and brings the state root up to date with it. */
  void write(String key, byte[] value) {
    if (!key.startsWith(Keys.STATE)) {
      throw new IllegalArgumentException(key + " is not a world-state key");
    }
    commitment.write(key, value); // first: its first use builds its index from the store
    store.write(key, value);
    written.add(key);
  }

  /** The writer's transaction ended, committed or not: its writes are kept, or forgotten. */
  void ended(boolean committed) {
    commitment.ended(committed);
    store.ended(committed);
  }

  /** The state after the last committed block, whole; later blocks do not change it. */
  public java.util.SortedMap<String, byte[]> committed() {
    return store.committed();
  }

  public Optional<Certificate> certificate(String id) {
    return store.read(Keys.CERTIFICATE + id).map(StateCodec::certificate);
  }

  /** Every certificate, in id order. */
  public List<Certificate> certificates() {
    return store.entries(Keys.CERTIFICATE).values().stream().map(StateCodec::certificate).toList();
  }

  public Optional<Enterprise> enterprise(String name) {
    return store.read(Keys.ENTERPRISE + name).map(StateCodec::enterprise);
  }

  /** The last day whose time events have run; empty before the first block day. */
  public Optional<java.time.LocalDate> clock() {
    return store.read(Keys.CLOCK).map(StateCodec::text).map(java.time.LocalDate::parse);
  }

  /** Whether the ledger's first registration has happened. */
  public boolean founded() {
    return store.read(Keys.FOUNDER).isPresent();
  }

  public List<Enterprise> enterprises() {
    return store.entries(Keys.ENTERPRISE).values().stream().map(StateCodec::enterprise).toList();
  }

  public Optional<TradeDocument> document(String id) {
    return store.read(Keys.DOCUMENT + id).map(StateCodec::document);
  }

  public Optional<StateCodec.Financing> financing(String certificateId) {
    return store.read(Keys.FINANCING + certificateId).map(StateCodec::financing);
  }

  /** The sum of the credit lines banks granted {@code core}, in {@code zero}'s currency. */
  public Money creditLine(String core, Money zero) {
    return amount(Keys.creditTotal(core, zero.currency()), zero);
  }

  /** The line {@code bank} granted {@code core}, if any. */
  public Optional<CreditLine> creditLine(String core, String bank) {
    return store.read(Keys.credit(core, bank)).map(StateCodec::creditLine);
  }

  /**
   * What {@code core}'s certificates still open add up to, in {@code zero}'s currency: every part
   * not yet settled or cancelled, whoever holds it. Kept as a state entry of its own, so it costs
   * one read.
   */
  public Money creditUsed(String core, Money zero) {
    return amount(Keys.outstanding(core, zero.currency()), zero);
  }

  /** A running total kept under {@code key}, in {@code zero}'s currency. */
  private Money amount(String key, Money zero) {
    return store.read(key).map(bytes -> StateCodec.total(bytes, zero.currency())).orElse(zero);
  }

  public boolean invoiceUsed(String fingerprint) {
    return store.read(Keys.INVOICE + fingerprint).isPresent();
  }

  /** The last nonce {@code signer} used, or -1. */
  public long lastNonce(String signer) {
    return store.read(Keys.NONCE + signer).map(StateCodec::number).orElse(-1L);
  }

  public Optional<String> programmeSource(String contractId) {
    return store.read(Keys.PROGRAMME + contractId).map(StateCodec::text);
  }

  public Optional<String> currentProgramme() {
    return store.read(Keys.CURRENT_PROGRAMME).map(StateCodec::text);
  }

  /** Every state entry, in key order: what the state root commits to. */
  public java.util.SortedMap<String, byte[]> entries() {
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
