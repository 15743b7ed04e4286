package dev.cascade.ledger.application;

/**
 * The ledger's key space. Everything under {@link #STATE} is world state, committed to by each
 * block's state root; the chain and its indexes are under {@link #CHAIN}; transactions validated
 * but not yet sealed are under {@link #PENDING}.
 */
public final class Keys {

  public static final String STATE = "state/";
  public static final String CERTIFICATE = STATE + "certificate/";
  public static final String ENTERPRISE = STATE + "enterprise/";
  public static final String CREDIT = STATE + "credit/";
  public static final String DOCUMENT = STATE + "document/";
  public static final String INVOICE = STATE + "invoice/";
  public static final String NONCE = STATE + "nonce/";
  public static final String PROGRAMME = STATE + "programme/";
  public static final String CURRENT_PROGRAMME = STATE + "current-programme";

  /** The last block day whose time events have run. */
  public static final String CLOCK = STATE + "clock";

  /** Who founded the ledger: written by its first transaction. */
  public static final String FOUNDER = STATE + "founder";

  public static final String FINANCING = STATE + "financing/";
  public static final String OUTSTANDING = STATE + "outstanding/";
  public static final String CREDIT_TOTAL = STATE + "credit-total/";

  /**
   * Where earlier builds kept the state root's index in the store; it is now kept in each node's
   * memory (see StateCommitment), and what is left here is removed when a node starts.
   */
  public static final String FORMER_INDEX = "index/";

  public static final String CHAIN = "chain/";
  public static final String BLOCK = CHAIN + "block/";
  public static final String HEAD = CHAIN + "head";
  public static final String TRANSACTION = CHAIN + "transaction/";

  public static final String PENDING = "pending/";
  public static final String PENDING_ENTRY = PENDING + "entry/";
  public static final String PENDING_TIME = PENDING + "time";
  public static final String PENDING_NEXT = PENDING + "next";
  public static final String PENDING_ID = PENDING + "id/";
  public static final String PRODUCER = CHAIN + "producer/";

  /**
   * Into how many buckets the state root divides the world state (see StateCommitment): written
   * when the ledger's first block is sealed. A ledger with blocks and no such entry was founded by
   * an earlier build, with 1,024.
   */
  public static final String STATE_BUCKETS = CHAIN + "state-buckets";

  /**
   * A new value with every transaction that writes world state: how a node sees that its in-memory
   * index of the state (see StateCommitment) misses what another node wrote. Outside the state.
   */
  public static final String STATE_VERSION = CHAIN + "state-version";

  /**
   * Signed transactions a submitter was told are pending (202) and that no block holds yet, by id:
   * kept so that a node that dies before their block queues them again when it starts.
   */
  public static final String QUEUED = "queued/";

  private Keys() {}

  /** Block keys sort by height. */
  public static String block(long height) {
    return BLOCK + padded(height, 12);
  }

  static String pending(long sequence) {
    return PENDING_ENTRY + padded(sequence, 9);
  }

  /** {@code value} in decimal, zero-padded to {@code width} digits, so keys sort by number. */
  static String padded(long value, int width) {
    String digits = Long.toString(value);
    return "0".repeat(Math.max(0, width - digits.length())) + digits;
  }

  static String outstanding(String core, java.util.Currency currency) {
    return OUTSTANDING + core + "/" + currency.getCurrencyCode();
  }

  static String creditTotal(String core, java.util.Currency currency) {
    return CREDIT_TOTAL + core + "/" + currency.getCurrencyCode();
  }

  static String credit(String core, String bank) {
    return CREDIT + core + "/" + bank;
  }
}
