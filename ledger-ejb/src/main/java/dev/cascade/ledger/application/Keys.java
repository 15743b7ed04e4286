package dev.cascade.ledger.application;

/**
 * The ledger's key space. Everything under {@link #STATE} is world state, committed to by each
 * block's state root and kept in each node's memory ({@link StateStore}); the replicated store
 * holds the chain under {@link #CHAIN} and the transactions answered "pending" under {@link
 * #QUEUED}, nothing else.
 */
public final class Keys {

  /** The world state: its entries are laid out by {@link StateLayout}. */
  public static final String STATE = "state/";

  public static final String CHAIN = "chain/";
  public static final String BLOCK = CHAIN + "block/";
  public static final String HEAD = CHAIN + "head";
  public static final String PRODUCER = CHAIN + "producer/";

  /**
   * Into how many buckets the state root divides the world state (see StateCommitment): written
   * with the ledger's first block.
   */
  public static final String STATE_BUCKETS = CHAIN + "state-buckets";

  /**
   * How the replicated store holds the ledger, written with its first block: {@value
   * #CURRENT_FORMAT} means blocks only, world state derived by each node. A ledger with blocks and
   * no format was founded by an earlier build, which stored world state entry by entry.
   */
  public static final String FORMAT = CHAIN + "format";

  public static final long CURRENT_FORMAT = 2;

  /**
   * The replicated pool: signed transactions admitted on a node that does not produce the blocks,
   * or whose submitter was told they are pending (202), and that no block holds yet, by id. The
   * producer puts them in its blocks, and takes each away with the block that holds it: so nothing
   * admitted is lost when a node dies before its block.
   */
  public static final String QUEUED = "queued/";

  /**
   * Why the producer refused a transaction of the pool, by id, for the node its submitter waits on;
   * kept for an hour (see {@link dev.cascade.ledger.transaction.Rejection#encode()}).
   */
  public static final String REFUSED = "refused/";

  /**
   * The custodial transaction a client's {@code Idempotency-Key} stands for, by signer and key: its
   * signed bytes, kept for a day, so that a retry on any node submits the very same transaction.
   */
  public static final String IDEMPOTENT = "idempotent/";

  private Keys() {}

  /** Block keys sort by height. */
  public static String block(long height) {
    return BLOCK + padded(height, 12);
  }

  /** {@code value} in decimal, zero-padded to {@code width} digits, so keys sort by number. */
  static String padded(long value, int width) {
    String digits = Long.toString(value);
    return "0".repeat(Math.max(0, width - digits.length())) + digits;
  }
}
