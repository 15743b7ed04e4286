package dev.cascade.ledger.application;

import dev.cascade.ledger.chain.Block;
import dev.cascade.ledger.chain.BlockCodec;
import dev.cascade.ledger.chain.Blocks;
import dev.cascade.ledger.chain.InclusionProof;
import dev.cascade.ledger.crypto.HashAlgorithm;
import dev.cascade.ledger.crypto.SignatureScheme;
import dev.cascade.ledger.domain.Change;
import dev.cascade.ledger.transaction.Checked;
import dev.cascade.ledger.transaction.SignedTransaction;
import dev.cascade.ledger.validation.Programmes;
import java.security.PublicKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.function.Consumer;

/**
 * One ledger: every submitted transaction is checked in order — its signature, its nonce, the
 * invariants no contract can switch off, the programme's compiled rules — and applied only if all
 * pass; accepted transactions are sealed into signed, hash-linked blocks whose state root commits
 * to the world state after them.
 *
 * <p>The chain is the only thing stored: blocks, the head and a few records in the {@code chain}
 * store (the replicated cache in the container). The world state lives in this node's memory
 * ({@link StateStore}), derived by applying the blocks in order ({@link #applyBlock}, {@link
 * Recovery}); readers see it as the last committed block left it.
 *
 * <p>What one transaction does is decided by {@link Transactions} (the domain's handlers, the
 * contract, the follow-up), which writes nothing; this class coordinates: it applies what was
 * decided to the writer's version of the state and to the block being filled, seals blocks, applies
 * stored ones, and reads the chain.
 *
 * <p>The signature check ({@link #authenticate}) only reads registered keys, so callers run it in
 * parallel. {@link #submit} and {@link #seal} read and write the state: the caller runs them one at
 * a time, a block inside one transaction.
 */
public final class Ledger {

  static final String WELL_FORMED = "transactions are well formed";
  static final String EVALUATES = "the contract can evaluate the operation";

  /** How a deployment hashes, signs, and which offset turns block time into the contracts' date. */
  /**
   * @param disagreeing a test's fault switch: when set, this node records every anchored document
   *     with one byte changed, so its state roots differ from every other node's after an anchor
   *     (how the cluster tests make a node that disagrees; {@code LedgerSettings} refuses it unless
   *     the test property allows faults)
   */
  public record Settings(
      HashAlgorithm hash, SignatureScheme scheme, ZoneOffset zone, boolean disagreeing) {

    public Settings(HashAlgorithm hash, SignatureScheme scheme, ZoneOffset zone) {
      this(hash, scheme, zone, false);
    }
  }

  /** Where a transaction is in the chain. */
  public record Location(long height, int index) {}

  private final Settings settings;
  private final LedgerStore chain;
  private final StateStore stateStore;
  private final boolean transactional;
  private final WorldState state;
  private final Transactions transactions;

  /** The block being filled by {@link #submit} and sealed by {@link #seal}, in memory. */
  private final PendingBlock pending;

  /** The last block applied and the state after it, as one; readers see this. */
  private volatile Applied applied;

  /** The block the current transaction sealed, applied once the transaction commits. */
  private Block sealing;

  /** What each entry of {@link #sealing} is. */
  private List<Entry> sealingEntries = List.of();

  /** The last committed block and the world state after it. */
  public record Applied(Optional<Block> head, SortedMap<String, byte[]> state) {}

  /** A block, and what each of its entries is. */
  public record Described(Block block, List<Entry> entries) {}

  /**
   * A block this node has applied, with what each of its entries is; the world state after it, and
   * the changes its transactions made, in order (what a projection of the state mirrors).
   */
  public record AppliedBlock(
      Described described,
      SortedMap<String, byte[]> state,
      List<Change> changes,
      Map<String, Checked<Outcome>> outcomes) {

    /**
     * @param outcomes what each transaction this node awaited did (see {@link #awaiting}), by id;
     *     empty for a block this node sealed, whose producer knows its outcomes already
     */
    public AppliedBlock {
      outcomes = Map.copyOf(outcomes);
    }

    public Block block() {
      return described.block();
    }
  }

  /** Told of each block once this node has applied it, in height order, in the writer's thread. */
  private volatile Consumer<AppliedBlock> listener = applied -> {};

  /** Told of each block after {@link #listener}: see {@link #watch}. */
  private final List<Consumer<AppliedBlock>> watchers =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  /** The transactions this node awaits the outcome of, in blocks other nodes seal. */
  private volatile java.util.function.Predicate<String> awaited = id -> false;

  /** What the awaited transactions of the block being applied did. */
  private Map<String, Checked<Outcome>> sealingOutcomes = Map.of();

  /**
   * A ledger whose state is written as it goes (no transactions): tests, replays. Its state starts
   * empty; {@link Recovery} opens a chain that has blocks.
   */
  public Ledger(Settings settings, LedgerStore chain, Programmes programmes) {
    this(settings, chain, programmes, false);
  }

  /**
   * @param transactional whether the ledger is written in transactions that may roll back; if so,
   *     the writer calls {@link #begin} and {@link #ended} around each of them
   * @throws IllegalStateException when an earlier build of Cascade founded the ledger in {@code
   *     chain}
   */
  public Ledger(
      Settings settings, LedgerStore chain, Programmes programmes, boolean transactional) {
    this(settings, chain, programmes, transactional, stateBuckets(chain));
  }

  /**
   * A ledger whose state root divides the state into {@code stateBuckets}: to replay a chain with
   * the number of buckets of the ledger it comes from.
   */
  public Ledger(
      Settings settings,
      LedgerStore chain,
      Programmes programmes,
      boolean transactional,
      int stateBuckets) {
    this.settings = settings;
    this.chain = chain;
    this.transactional = transactional;
    this.stateStore = new StateStore(transactional);
    this.state =
        new WorldState(
            stateStore, settings.hash(), stateBuckets, transactional, settings.disagreeing());
    this.transactions = new Transactions(settings, state, programmes);
    this.applied = new Applied(Optional.empty(), stateStore.committed());
    this.pending = new PendingBlock(this::describe);
  }

  /** A transaction whose signature was checked: only {@link #authenticate} makes one. */
  public static final class Admitted {
    private final SignedTransaction signed;
    private final Operation operation;
    private final String id;

    Admitted(SignedTransaction signed, Operation operation, String id) {
      this.signed = signed;
      this.operation = operation;
      this.id = id;
    }

    /** Its transaction id, worked out once, where its signature was checked. */
    public String id() {
      return id;
    }

    public Operation operation() {
      return operation;
    }

    public SignedTransaction signed() {
      return signed;
    }
  }

  /**
   * The number of buckets of the ledger in {@code chain}: as recorded with its first block, or
   * {@value StateCommitment#BUCKETS} for one with no block yet.
   *
   * @throws IllegalStateException when an earlier build founded it
   */
  private static int stateBuckets(LedgerStore chain) {
    if (chain.read(Keys.HEAD).isPresent()
        && chain.read(Keys.FORMAT).map(StateCodec::number).orElse(1L) != Keys.CURRENT_FORMAT) {
      throw new IllegalStateException(
          "this ledger was founded by an earlier build of Cascade, which stored the world state"
              + " entry by entry in the replicated cache; this build stores only blocks and derives"
              + " the state on each node. No migration is offered (nothing has been released):"
              + " stop the server, remove its ledger store (the cache container cascade's data,"
              + " standalone/data/infinispan/cascade) and its snapshots"
              + " (standalone/data/cascade/snapshots), and start again with an empty ledger");
    }
    return chain
        .read(Keys.STATE_BUCKETS)
        .map(bytes -> Math.toIntExact(StateCodec.number(bytes)))
        .orElse(StateCommitment.BUCKETS);
  }

  /** Into how many buckets this ledger's state root divides the state. */
  public int stateBuckets() {
    return state.buckets();
  }

  /** Reads the operation and checks the signature: a rejection, or the admitted transaction. */
  public Checked<Admitted> authenticate(SignedTransaction signed) {
    return transactions.authenticate(signed);
  }

  /** Authenticates and submits: for callers that do not verify signatures in parallel. */
  public Checked<Outcome> submit(SignedTransaction signed, long now) {
    return authenticate(signed).then(admitted -> submit(admitted, now));
  }

  /**
   * Checks the nonce, the invariants and the contract, and applies the transaction: to the world
   * state, and to the pending transactions of the next block, whose time ({@code now} when it is
   * the block's first transaction) is the contracts' clock.
   */
  public Checked<Outcome> submit(Admitted admitted, long now) {
    return submit(admitted, now, pending);
  }

  private Checked<Outcome> submit(Admitted admitted, long now, PendingBlock block) {
    long blockTime = blockTime(now, block);
    return transactions
        .decide(admitted, date(blockTime))
        .map(
            decided -> {
              apply(decided, blockTime, block);
              return decided.outcome();
            });
  }

  /**
   * Lets time pass up to the block being filled: the time events of every day that is over become a
   * follow-up transaction in it (see {@link TimeEvents}).
   *
   * @return the changes the time events made; empty when no day has passed
   */
  public List<Change> passTime(long now) {
    return passTime(now, pending);
  }

  private List<Change> passTime(long now, PendingBlock block) {
    long blockTime = blockTime(now, block);
    Optional<FollowUp> events = transactions.timeEvents(date(blockTime));
    if (events.isEmpty()) {
      return List.of();
    }
    events.get().changes().forEach(state::apply);
    block.add(blockTime, next -> events.get().transaction(next).canonical());
    return events.get().changes();
  }

  /** Applies an accepted transaction to the state, and it and its follow-up to the block. */
  private void apply(Transactions.Decided decided, long blockTime, PendingBlock block) {
    decided.changes().forEach(state::apply);
    Admitted admitted = decided.admitted();
    SignedTransaction signed = admitted.signed();
    int position =
        block.add(
            blockTime,
            signed.canonical(),
            new Entry(
                admitted.id(),
                signed.transaction().operation(),
                signed.transaction().signer(),
                admitted.operation().subject()));
    decided
        .followUp()
        .ifPresent(
            f -> {
              f.changes().forEach(state::apply);
              block.add(blockTime, next -> f.transaction(next).canonical());
            });
    block.hold(admitted.id(), position);
  }

  /**
   * Applies a transaction of a sealed block again, to replay a chain: signatures, nonces and
   * invariants are checked; the contract is not run again, because its effects are recorded as
   * follow-up transactions.
   *
   * @return why the transaction cannot be replayed, if it cannot
   */
  Optional<String> replay(SignedTransaction signed, LocalDate day) {
    return transactions
        .replay(signed, day)
        .fold(
            rejection -> Optional.of(rejection.message()),
            changes -> {
              changes.forEach(state::apply);
              return Optional.<String>empty();
            });
  }

  /**
   * What a transaction of a block another node sealed did, when this node awaits it: decided on the
   * state before it, as its producer decided it (the replay that follows applies it).
   */
  private Optional<Map.Entry<String, Checked<Outcome>>> outcome(
      byte[] entry, SignedTransaction signed, LocalDate day) {
    if (FollowUp.is(signed.transaction())) {
      return Optional.empty();
    }
    String id = transactionId(entry);
    if (!awaited.test(id)) {
      return Optional.empty();
    }
    return Optional.of(
        Map.entry(
            id,
            transactions
                .authenticate(signed)
                .then(admitted -> transactions.decide(admitted, day))
                .map(Transactions.Decided::outcome)));
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
    return seal(producer, pending);
  }

  private Optional<Block> seal(Blocks producer, PendingBlock block) {
    List<byte[]> transactions = block.entries();
    if (transactions.isEmpty()) {
      return Optional.empty();
    }
    long time = block.time().orElseThrow();
    Optional<Block> head = head();
    if (head.isEmpty()) {
      chain.write(Keys.STATE_BUCKETS, StateCodec.number(state.buckets()));
      chain.write(Keys.FORMAT, StateCodec.number(Keys.CURRENT_FORMAT));
    }
    Block sealed = producer.next(head, transactions, state.root(), time);
    if (chain.read(Keys.block(sealed.height())).isPresent()) {
      // never two blocks at one height: this node's state is behind what is stored
      throw new IllegalStateException(
          "block " + sealed.height() + " is stored already; this node has not applied it");
    }
    chain.write(Keys.block(sealed.height()), BlockCodec.encode(sealed));
    chain.write(Keys.HEAD, StateCodec.number(sealed.height()));
    sealingEntries = block.described();
    block.clear();
    sealing = sealed;
    if (!transactional()) {
      ended(true);
    }
    return Optional.of(sealed);
  }

  /**
   * Applies a block sealed before (by this node before a restart, or by another node): every
   * transaction is replayed ({@link #replay}: signatures, nonces, invariants, the contract's
   * recorded follow-ups) and the state root compared with the block's. Nothing of a block that does
   * not apply is kept.
   *
   * @return why the block cannot be applied, if it cannot
   */
  public Optional<String> applyBlock(Block block) {
    Optional<Block> head = head();
    Map<String, PublicKey> producer =
        chain
            .read(Keys.PRODUCER + block.producer())
            .map(encoded -> Map.of(block.producer(), settings.scheme().publicKey(encoded)))
            .orElse(Map.of());
    Optional<String> unfit =
        new dev.cascade.ledger.chain.ChainVerifier(settings.hash(), settings.scheme(), producer)
            .follows(block, head);
    if (unfit.isPresent()) {
      return Optional.of("block " + block.height() + " cannot follow the head: " + unfit.get());
    }
    begin();
    boolean applied = false;
    try {
      List<Entry> entries = new ArrayList<>();
      Map<String, Checked<Outcome>> outcomes = new HashMap<>();
      for (int i = 0; i < block.transactions().size(); i++) {
        Optional<String> problem;
        try {
          SignedTransaction signed = SignedTransaction.decode(block.transactions().get(i));
          outcome(block.transactions().get(i), signed, date(block.time()))
              .ifPresent(outcome -> outcomes.put(outcome.getKey(), outcome.getValue()));
          problem = replay(signed, date(block.time()));
        } catch (IllegalArgumentException e) {
          problem = Optional.of("it is not a signed transaction: " + e.getMessage());
        }
        if (problem.isPresent()) {
          return Optional.of("transaction " + i + " cannot be applied: " + problem.get());
        }
        entries.add(describe(block.transactions().get(i)));
      }
      if (!java.util.Arrays.equals(state.root(), block.stateRoot())) {
        HexFormat hex = HexFormat.of();
        return Optional.of(
            "its state root "
                + hex.formatHex(block.stateRoot())
                + " is not the root of the state its transactions give on this node, "
                + hex.formatHex(state.root()));
      }
      sealing = block;
      sealingEntries = entries;
      sealingOutcomes = outcomes;
      applied = true;
      return Optional.empty();
    } finally {
      ended(applied);
    }
  }

  /**
   * Applies, in order, the blocks stored beyond the head this node has applied: after a restart, or
   * when a block committed in the store without this node taking it in (a transaction the
   * transaction manager completed only on recovery).
   *
   * @param each told the height of each block applied
   * @return how many blocks were applied
   * @throws IllegalStateException naming the height when a stored block cannot be read or applied
   */
  public long catchUp(java.util.function.LongConsumer each) {
    long stored = storedHead().orElse(-1L);
    long applied = 0;
    for (long height = head().map(b -> b.height() + 1).orElse(0L); height <= stored; height++) {
      Optional<String> problem = applyBlock(storedBlock(height));
      if (problem.isPresent()) {
        throw new Refused(height, problem.get());
      }
      each.accept(height);
      applied++;
    }
    return applied;
  }

  /**
   * Applies the stored block after this node's head, if there is one to apply now.
   *
   * @return its height; empty when none is stored beyond the head, or the head moved before its
   *     block can be read (a writer's two entries need not arrive together): try again later
   * @throws Refused when the block cannot be read or applied: it never will be
   */
  public Optional<Long> applyNext() {
    long next = head().map(b -> b.height() + 1).orElse(0L);
    if (storedHead().orElse(-1L) < next) {
      return Optional.empty();
    }
    Optional<Block> block;
    try {
      block = block(next);
    } catch (IllegalArgumentException e) {
      throw new Refused(next, "it cannot be read: " + e.getMessage());
    }
    if (block.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> problem = applyBlock(block.get());
    if (problem.isPresent()) {
      throw new Refused(next, problem.get());
    }
    return Optional.of(next);
  }

  /** A stored block this node cannot apply: it does not follow, or does not check. */
  public static final class Refused extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    Refused(long height, String why) {
      super("the stored block " + height + " cannot be applied: " + why);
    }
  }

  private boolean transactional() {
    return transactional;
  }

  /**
   * A block that one caller fills and seals within one transaction: its transactions wait in memory
   * until {@link #seal} writes the block. The caller must seal before its transaction ends, or roll
   * it back.
   */
  public final class Filling {
    private final PendingBlock block = new PendingBlock(Ledger.this::describe);
    private Map<String, Integer> sealed = Map.of();
    private long height = -1;

    private Filling() {}

    /** As {@link Ledger#passTime}, into this block. */
    public List<Change> passTime(long now) {
      return Ledger.this.passTime(now, block);
    }

    /** As {@link Ledger#submit(Admitted, long)}, into this block. */
    public Checked<Outcome> submit(Admitted admitted, long now) {
      return Ledger.this.submit(admitted, now, block);
    }

    /** Whether nothing waits in this block. */
    public boolean isEmpty() {
      return block.isEmpty();
    }

    /** As {@link Ledger#seal(Blocks)}, of this block. */
    public Optional<Block> seal(Blocks producer) {
      Map<String, Integer> positions = block.positions();
      Optional<Block> done = Ledger.this.seal(producer, block);
      done.ifPresent(
          b -> {
            sealed = positions;
            height = b.height();
          });
      return done;
    }

    /** Where an accepted transaction of this block is, once it is sealed. */
    public Optional<Location> location(String transactionId) {
      Integer index = sealed.get(transactionId);
      return index == null ? Optional.empty() : Optional.of(new Location(height, index));
    }
  }

  /**
   * The writer's transaction has ended: the node's state keeps the transaction's writes if it
   * committed, and forgets them if not; a block it sealed becomes the head.
   */
  public void ended(boolean committed) {
    List<Change> changes = state.takeApplied();
    state.ended(committed);
    Block block = sealing;
    List<Entry> entries = sealingEntries;
    Map<String, Checked<Outcome>> outcomes = sealingOutcomes;
    sealing = null;
    sealingEntries = List.of();
    sealingOutcomes = Map.of();
    if (committed) {
      applied = new Applied(block != null ? Optional.of(block) : applied.head(), state.committed());
      if (block != null) {
        AppliedBlock done =
            new AppliedBlock(new Described(block, entries), applied.state(), changes, outcomes);
        listener.accept(done);
        watchers.forEach(watcher -> watcher.accept(done));
      }
    }
  }

  /**
   * From now on, {@code watcher} is also told of every block this node applies, after the listener
   * ({@link #onApplied}), in the writer's thread: it must be quick.
   */
  public void watch(Consumer<AppliedBlock> watcher) {
    watchers.add(watcher);
  }

  /**
   * From now on, the outcome of each transaction {@code awaited} names is worked out when a block
   * that another node sealed holds it, as its producer worked it out: so that the node its
   * submitter asked answers as the producer would have ({@link AppliedBlock#outcomes}).
   */
  public void awaiting(java.util.function.Predicate<String> awaited) {
    this.awaited = awaited;
  }

  /** From now on, {@code listener} is told of every block this node applies, as it applies it. */
  public void onApplied(Consumer<AppliedBlock> listener) {
    this.listener = listener;
  }

  /** The writer's transaction starts, in this thread: it works on its own version of the state. */
  public void begin() {
    sealing = null;
    sealingEntries = List.of();
    sealingOutcomes = Map.of();
    state.begin();
  }

  /** Starts filling a block in memory; see {@link Filling}. */
  public Filling fill() {
    return new Filling();
  }

  /**
   * Takes {@code entries} as the state after {@code block}, before anything reads or writes this
   * ledger: a snapshot loaded at start. The state root is worked out from them when next asked.
   */
  void load(SortedMap<String, byte[]> entries, Block block) {
    stateStore.load(entries);
    applied = new Applied(Optional.of(block), stateStore.committed());
  }

  /** The last committed block and the state after it, together. */
  public Applied applied() {
    return applied;
  }

  /** The last committed block: the head this node has applied. */
  public Optional<Block> head() {
    return applied.head();
  }

  public Optional<Block> block(long height) {
    return chain.read(Keys.block(height)).map(BlockCodec::decode);
  }

  /**
   * The block at {@code height}, which the chain must hold.
   *
   * @throws IllegalStateException naming the height when it is missing or cannot be read
   */
  public Block storedBlock(long height) {
    try {
      return block(height)
          .orElseThrow(() -> new IllegalStateException("the block " + height + " is not stored"));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "the stored block " + height + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** The blocks as stored, from genesis up to {@code head}. */
  public List<byte[]> storedBlocks(long head) {
    List<byte[]> blocks = new ArrayList<>();
    for (long height = 0; height <= head; height++) {
      long at = height;
      blocks.add(
          chain
              .read(Keys.block(height))
              .orElseThrow(() -> new IllegalStateException("block " + at + " is not stored")));
    }
    return blocks;
  }

  /** The blocks as stored, from genesis up to the head this node has applied. */
  public List<byte[]> storedBlocks() {
    return storedBlocks(head().map(Block::height).orElse(-1L));
  }

  /** The height of the head as stored, which may be ahead of the head this node applied. */
  public Optional<Long> storedHead() {
    return chain.read(Keys.HEAD).map(StateCodec::number);
  }

  public Optional<InclusionProof> proof(Location at) {
    return block(at.height())
        .filter(block -> at.index() >= 0 && at.index() < block.transactions().size())
        .map(block -> InclusionProof.of(settings.hash(), block, at.index()));
  }

  /** Whether the transaction was accepted and waits to be sealed into the next block. */
  public boolean isPending(String transactionId) {
    return pending.holds(transactionId);
  }

  /** Whether transactions wait to be sealed into the next block. */
  public boolean hasPending() {
    return !pending.isEmpty();
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

  /** What a block entry is: its transaction id, operation, signer and subject. */
  public record Entry(String id, String operation, String signer, String subject) {}

  /**
   * What a block entry is, read from its bytes (a block the producer sealed carries what each of
   * its entries is already: {@link AppliedBlock#entries}).
   *
   * @throws IllegalArgumentException when the bytes are not a block entry
   */
  public Entry describe(byte[] entry) {
    SignedTransaction signed = SignedTransaction.decode(entry);
    String subject =
        FollowUp.is(signed.transaction())
            ? FollowUp.decode(signed.transaction().body()).certificateId()
            : Operation.decode(signed.transaction().body()).subject();
    return new Entry(
        transactionId(entry),
        signed.transaction().operation(),
        signed.transaction().signer(),
        subject);
  }

  /** A stored block, with what each of its entries is. */
  public Described describe(Block block) {
    return new Described(block, block.transactions().stream().map(this::describe).toList());
  }

  /** The id of a transaction: the hex hash of its bytes as the block carries them. */
  public String transactionId(byte[] entry) {
    return transactions.transactionId(entry);
  }
}
