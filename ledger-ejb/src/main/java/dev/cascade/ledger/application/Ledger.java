package dev.cascade.ledger.application;

import dev.cascade.contract.runtime.AutomaticAction;
import dev.cascade.contract.runtime.Input;
import dev.cascade.ledger.chain.Block;
import dev.cascade.ledger.chain.BlockCodec;
import dev.cascade.ledger.chain.Blocks;
import dev.cascade.ledger.chain.CanonicalReader;
import dev.cascade.ledger.chain.CanonicalWriter;
import dev.cascade.ledger.chain.InclusionProof;
import dev.cascade.ledger.crypto.HashAlgorithm;
import dev.cascade.ledger.crypto.SignatureScheme;
import dev.cascade.ledger.domain.Certificate;
import dev.cascade.ledger.domain.Enterprise;
import dev.cascade.ledger.domain.InvariantViolation;
import dev.cascade.ledger.transaction.Authenticator;
import dev.cascade.ledger.transaction.Rejection;
import dev.cascade.ledger.transaction.SignedTransaction;
import dev.cascade.ledger.validation.Decision;
import dev.cascade.ledger.validation.Programmes;
import java.security.PublicKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One ledger over a {@link LedgerStore}: every submitted transaction is checked in order — its
 * signature, its nonce, the invariants no contract can switch off, the programme's compiled rules —
 * and applied only if all pass; accepted transactions are sealed into signed, hash-linked blocks
 * whose state root commits to the world state after them.
 *
 * <p>The signature check ({@link #authenticate}) only reads registered keys, which never change, so
 * callers run it in parallel. {@link #submit} and {@link #seal} read and write the state: the
 * caller runs them one at a time, inside one transaction each (the container locks the chain head
 * in the replicated cache).
 */
public final class Ledger {

  static final String WELL_FORMED = "transactions are well formed";

  /** How a deployment hashes, signs, and which offset turns block time into the contracts' date. */
  public record Settings(HashAlgorithm hash, SignatureScheme scheme, ZoneOffset zone) {}

  /** Where a transaction is in the chain. */
  public record Location(long height, int index) {}

  private final Settings settings;
  private final LedgerStore store;
  private final WorldState state;
  private final Programmes programmes;
  private final Authenticator authenticator;
  private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();

  /** The block being filled, as the store keeps it between transactions. */
  private final PendingBlock stored;

  /** A ledger over a store that is not written in transactions (one in memory, say). */
  public Ledger(Settings settings, LedgerStore store, Programmes programmes) {
    this(settings, store, programmes, false);
  }

  /**
   * @param transactional whether the store is written in transactions that may roll back; if so,
   *     the writer calls {@link #ended} when each of its transactions ends
   */
  public Ledger(
      Settings settings, LedgerStore store, Programmes programmes, boolean transactional) {
    this(settings, store, programmes, transactional, stateBuckets(store));
  }

  /**
   * A ledger whose state root divides the state into {@code stateBuckets}: to replay a chain into
   * an empty store, with the number of buckets of the ledger it comes from.
   */
  public Ledger(
      Settings settings,
      LedgerStore store,
      Programmes programmes,
      boolean transactional,
      int stateBuckets) {
    this.settings = settings;
    this.store = store;
    this.state = new WorldState(store, settings.hash(), stateBuckets, transactional);
    this.programmes = programmes;
    this.authenticator = new Authenticator(settings.scheme());
    this.stored = PendingBlock.stored(store);
  }

  /** A transaction whose signature was checked: only {@link #authenticate} makes one. */
  public static final class Admitted {
    private final SignedTransaction signed;
    private final Operation operation;

    private Admitted(SignedTransaction signed, Operation operation) {
      this.signed = signed;
      this.operation = operation;
    }

    public Operation operation() {
      return operation;
    }

    public SignedTransaction signed() {
      return signed;
    }
  }

  /**
   * The number of buckets of the ledger in {@code store}: as recorded; {@value
   * StateCommitment#FORMER_BUCKETS} for one whose blocks an earlier build sealed (blocks but no
   * record); {@value StateCommitment#BUCKETS} for one with no block yet.
   */
  private static int stateBuckets(LedgerStore store) {
    Optional<byte[]> recorded = store.read(Keys.STATE_BUCKETS);
    if (recorded.isPresent()) {
      return Math.toIntExact(StateCodec.number(recorded.get()));
    }
    return store.read(Keys.HEAD).isPresent()
        ? StateCommitment.FORMER_BUCKETS
        : StateCommitment.BUCKETS;
  }

  /** Into how many buckets this ledger's state root divides the state. */
  public int stateBuckets() {
    return state.buckets();
  }

  /** Reads the operation and checks the signature: a rejection, or the admitted transaction. */
  public Result authenticate(SignedTransaction signed) {
    Operation operation;
    try {
      operation = Operation.decode(signed.transaction().body());
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return Result.rejected(
          new Rejection(WELL_FORMED, "the body is not an operation: " + e.getMessage()));
    }
    if (!operation.event().equals(signed.transaction().operation())) {
      return Result.rejected(
          new Rejection(
              WELL_FORMED,
              "the transaction says "
                  + signed.transaction().operation()
                  + " but its body is "
                  + operation.event()));
    }
    String signer = signed.transaction().signer();
    Optional<PublicKey> key;
    try {
      key =
          Staging.founds(state, signer, operation)
              ? Optional.of(
                  settings.scheme().publicKey(((Operation.Register) operation).publicKey()))
              : key(signer);
    } catch (IllegalArgumentException e) {
      return Result.rejected(new Rejection(Authenticator.SIGNATURE, e.getMessage()));
    }
    return authenticator
        .signature(signed, key)
        .map(Result::rejected)
        .orElseGet(
            () -> new Result(Optional.empty(), Optional.of(new Admitted(signed, operation))));
  }

  /** What {@link #authenticate} found. */
  public record Result(Optional<Rejection> rejection, Optional<Admitted> admitted) {
    static Result rejected(Rejection rejection) {
      return new Result(Optional.of(rejection), Optional.empty());
    }
  }

  /** Authenticates and submits: for callers that do not verify signatures in parallel. */
  public Outcome submit(SignedTransaction signed, long now) {
    Result result = authenticate(signed);
    return result
        .admitted()
        .map(a -> submit(a, now))
        .orElseGet(() -> Outcome.rejected(result.rejection().get()));
  }

  /**
   * Checks the nonce, the invariants and the contract, and applies the transaction: to the world
   * state, and to the pending transactions of the next block, whose time ({@code now} when it is
   * the block's first transaction) is the contracts' clock.
   */
  public Outcome submit(Admitted admitted, long now) {
    return submit(admitted, now, stored);
  }

  private Outcome submit(Admitted admitted, long now, PendingBlock block) {
    SignedTransaction signed = admitted.signed;
    String signer = signed.transaction().signer();
    Optional<Rejection> replay = Authenticator.nonce(signed.transaction(), state.lastNonce(signer));
    if (replay.isPresent()) {
      return Outcome.rejected(replay.get());
    }
    long blockTime = blockTime(now, block);
    Optional<Rejection> untimely = Timeliness.check(admitted.operation, date(blockTime));
    if (untimely.isPresent()) {
      return Outcome.rejected(untimely.get());
    }
    Staged staged;
    try {
      staged = new Staging(state, settings.hash()).stage(signer, admitted.operation);
    } catch (InvariantViolation e) {
      return Outcome.rejected(new Rejection(e.rule(), e.getMessage()));
    } catch (RuntimeException e) {
      // one transaction the ledger cannot apply must not take its block down with it
      return Outcome.rejected(new Rejection(WELL_FORMED, String.valueOf(e.getMessage())));
    }
    List<AutomaticAction> actions = List.of();
    Optional<FollowUp> followUp = Optional.empty();
    String id = transactionId(signed.canonical());
    if (admitted.operation instanceof Operation.OnCertificate onCertificate) {
      try {
        Optional<Input> input = new ContractInput(state).of(onCertificate, staged, date(blockTime));
        if (input.isPresent()) {
          Decision decision = rules(staged.before().orElseThrow()).decide(input.get());
          if (!decision.accepted()) {
            return Outcome.rejected(decision.rejection().get());
          }
          actions = decision.verdict().map(v -> v.actions()).orElse(List.of());
        }
        followUp = Financings.followUp(id, onCertificate, staged, actions);
      } catch (RuntimeException e) {
        return Outcome.rejected(
            new Rejection(
                "the contract can evaluate the operation", String.valueOf(e.getMessage())));
      }
    }
    apply(signer, signed, id, staged, followUp, blockTime, block);
    Map<String, byte[]> writes = new java.util.TreeMap<>(staged.allWrites());
    followUp.ifPresent(f -> writes.putAll(f.writes()));
    return new Outcome(
        Optional.empty(),
        id,
        staged.changed(),
        actions,
        followUp.flatMap(f -> Financings.of(f)),
        staged.payouts(),
        writes);
  }

  /**
   * Lets time pass up to the block being filled: the time events of every day that is over become a
   * follow-up transaction in it (see {@link TimeEvents}).
   *
   * @return the world-state entries the time events wrote; empty when no day has passed
   */
  public Map<String, byte[]> passTime(long now) {
    return passTime(now, stored);
  }

  private Map<String, byte[]> passTime(long now, PendingBlock block) {
    long blockTime = blockTime(now, block);
    Optional<FollowUp> events = new TimeEvents(state, this::rules).pass(date(blockTime));
    if (events.isEmpty()) {
      return Map.of();
    }
    events.get().writes().forEach(state::write);
    block.add(blockTime, List.of(next -> events.get().transaction(next).canonical()));
    return events.get().writes();
  }

  /** The contract the certificate was issued under. */
  private dev.cascade.ledger.validation.ProgrammeRules rules(Certificate certificate) {
    return programmes.rules(
        certificate.programme(),
        () ->
            state
                .programmeSource(certificate.programme())
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "contract " + certificate.programme() + " is not on the ledger")));
  }

  private void apply(
      String signer,
      SignedTransaction signed,
      String id,
      Staged staged,
      Optional<FollowUp> followUp,
      long blockTime,
      PendingBlock block) {
    applyState(signer, signed, staged);
    List<java.util.function.LongFunction<byte[]>> entries = new ArrayList<>();
    entries.add(next -> signed.canonical());
    followUp.ifPresent(
        f -> {
          f.writes().forEach(state::write);
          entries.add(next -> f.transaction(next).canonical());
        });
    block.add(blockTime, entries);
    block.hold(id);
  }

  private void applyState(String signer, SignedTransaction signed, Staged staged) {
    staged.allWrites().forEach(state::write);
    state.write(Keys.NONCE + signer, StateCodec.number(signed.transaction().nonce()));
  }

  /**
   * Applies a transaction of a sealed block again, to replay a chain: signatures, nonces and
   * invariants are checked; the contract is not run again, because its effects are recorded as
   * follow-up transactions.
   *
   * @return why the transaction cannot be replayed, if it cannot
   */
  Optional<String> replay(SignedTransaction signed) {
    if (FollowUp.is(signed.transaction())) {
      try {
        FollowUp followUp = FollowUp.decode(signed.transaction().body());
        Optional<String> outside =
            followUp.writes().keySet().stream().filter(key -> !FollowUp.mayWrite(key)).findFirst();
        if (outside.isPresent()) {
          return Optional.of("a follow-up may not write " + outside.get());
        }
        followUp.writes().forEach(state::write);
        return Optional.empty();
      } catch (IllegalArgumentException e) {
        return Optional.of("a follow-up is malformed: " + e.getMessage());
      }
    }
    Result result = authenticate(signed);
    if (result.rejection().isPresent()) {
      return result.rejection().map(Rejection::message);
    }
    String signer = signed.transaction().signer();
    Optional<Rejection> replay = Authenticator.nonce(signed.transaction(), state.lastNonce(signer));
    if (replay.isPresent()) {
      return replay.map(Rejection::message);
    }
    try {
      applyState(
          signer,
          signed,
          new Staging(state, settings.hash()).stage(signer, result.admitted().get().operation));
      return Optional.empty();
    } catch (InvariantViolation | IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** The time of the block being filled: fixed by its first transaction, never before the head. */
  private long blockTime(long now, PendingBlock block) {
    OptionalLong fixed = block.time();
    return fixed.isPresent()
        ? fixed.getAsLong()
        : Math.max(now, head().map(Block::time).orElse(Long.MIN_VALUE));
  }

  /** The date a block time falls on, in the deployment's offset. */
  public LocalDate date(long blockTime) {
    return LocalDate.ofInstant(Instant.ofEpochMilli(blockTime), settings.zone());
  }

  /** Seals the pending transactions into the next block, if there are any. */
  public Optional<Block> seal(Blocks producer) {
    return seal(producer, stored);
  }

  private Optional<Block> seal(Blocks producer, PendingBlock pending) {
    List<byte[]> transactions = pending.entries();
    if (transactions.isEmpty()) {
      return Optional.empty();
    }
    long time = pending.time().orElseThrow();
    // recorded with the first block; a writer follows the record from then on (WorldState.begin)
    if (store.read(Keys.STATE_BUCKETS).isEmpty()) {
      store.write(Keys.STATE_BUCKETS, StateCodec.number(state.buckets()));
    }
    Block block = producer.next(head(), transactions, state.root(), time);
    store.write(Keys.block(block.height()), BlockCodec.encode(block));
    store.write(Keys.HEAD, StateCodec.number(block.height()));
    List<String> ids = new ArrayList<>(transactions.size());
    for (int i = 0; i < transactions.size(); i++) {
      String id = transactionId(transactions.get(i));
      store.write(
          Keys.TRANSACTION + id, new CanonicalWriter().number(block.height()).number(i).toBytes());
      ids.add(id);
    }
    pending.clear(ids);
    return Optional.of(block);
  }

  /**
   * A block that one caller fills and seals within one transaction: its transactions wait in
   * memory, not in the store, until {@link #seal} writes the block. It starts with whatever waited
   * in the store. The caller must seal before its transaction ends, or roll it back.
   */
  public final class Filling {
    private final PendingBlock block;

    private Filling(PendingBlock block) {
      this.block = block;
    }

    /** As {@link Ledger#passTime}, into this block. */
    public Map<String, byte[]> passTime(long now) {
      return Ledger.this.passTime(now, block);
    }

    /** As {@link Ledger#submit(Admitted, long)}, into this block. */
    public Outcome submit(Admitted admitted, long now) {
      return Ledger.this.submit(admitted, now, block);
    }

    /** Whether nothing waits in this block. */
    public boolean isEmpty() {
      return block.time().isEmpty();
    }

    /** As {@link Ledger#seal(Blocks)}, of this block. */
    public Optional<Block> seal(Blocks producer) {
      return Ledger.this.seal(producer, block);
    }
  }

  /**
   * The writer's transaction has ended: what this node keeps in memory about the state follows the
   * store, keeping the transaction's writes if it committed and forgetting them if not.
   */
  public void ended(boolean committed) {
    state.ended(committed);
  }

  /**
   * The writer's transaction starts, in this thread: what this node keeps in memory about the state
   * catches up with the store if another node changed it.
   */
  public void begin() {
    state.begin();
  }

  /** Starts filling a block in memory; see {@link Filling}. */
  public Filling fill() {
    List<String> ids = stored.entries().stream().map(this::transactionId).toList();
    return new Filling(PendingBlock.inMemory(stored, ids));
  }

  public Optional<Block> head() {
    return store.read(Keys.HEAD).map(StateCodec::number).flatMap(this::block);
  }

  public Optional<Block> block(long height) {
    return store.read(Keys.block(height)).map(BlockCodec::decode);
  }

  /** The blocks as stored, by height. */
  public List<byte[]> storedBlocks() {
    return new ArrayList<>(store.entries(Keys.BLOCK).values());
  }

  /** Where a sealed transaction is; empty while it is pending or when there is no such one. */
  public Optional<Location> locate(String transactionId) {
    return store
        .read(Keys.TRANSACTION + transactionId)
        .map(
            bytes -> {
              CanonicalReader in = new CanonicalReader(bytes);
              return new Location(in.number(), (int) in.number());
            });
  }

  public Optional<InclusionProof> proof(String transactionId) {
    return locate(transactionId)
        .flatMap(
            at ->
                block(at.height())
                    .map(block -> InclusionProof.of(settings.hash(), block, at.index())));
  }

  /** Whether the transaction was accepted and waits to be sealed into a block. */
  public boolean isPending(String transactionId) {
    return stored.holds(transactionId);
  }

  /** Whether transactions wait to be sealed into a block. */
  public boolean hasPending() {
    return stored.time().isPresent();
  }

  public WorldState state() {
    return state;
  }

  public byte[] stateRoot() {
    return state.root();
  }

  public Settings settings() {
    return settings;
  }

  /** What a block entry is: its operation, signer and subject. */
  public record Entry(String operation, String signer, String subject) {}

  /**
   * @throws IllegalArgumentException when the bytes are not a block entry
   */
  public static Entry describe(byte[] entry) {
    SignedTransaction signed = SignedTransaction.decode(entry);
    String subject =
        FollowUp.is(signed.transaction())
            ? FollowUp.decode(signed.transaction().body()).certificateId()
            : Operation.decode(signed.transaction().body()).subject();
    return new Entry(signed.transaction().operation(), signed.transaction().signer(), subject);
  }

  /** The id of a transaction: the hex hash of its bytes as the block carries them. */
  public String transactionId(byte[] entry) {
    return HexFormat.of().formatHex(settings.hash().hash(entry));
  }

  /** The signer's key if it is an approved enterprise; decoded keys are kept by their bytes. */
  private Optional<PublicKey> key(String signer) {
    return state
        .enterprise(signer)
        .filter(Enterprise::approved)
        .map(
            e ->
                keys.computeIfAbsent(
                    HexFormat.of().formatHex(e.publicKey()),
                    hex -> settings.scheme().publicKey(e.publicKey())));
  }
}
