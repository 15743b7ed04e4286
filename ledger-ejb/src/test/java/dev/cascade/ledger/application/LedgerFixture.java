package dev.cascade.ledger.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.ledger.chain.Block;
import dev.cascade.ledger.chain.Blocks;
import dev.cascade.ledger.crypto.HashAlgorithm;
import dev.cascade.ledger.crypto.SignatureScheme;
import dev.cascade.ledger.domain.Money;
import dev.cascade.ledger.transaction.Checked;
import dev.cascade.ledger.transaction.SignedTransaction;
import dev.cascade.ledger.transaction.Transaction;
import dev.cascade.ledger.validation.Programmes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A ledger in memory with the demo programme's enterprises registered and approved, the example
 * contract deployed and the credit lines granted: each party signs with its own key, nonces count
 * up, and the clock (block time) only moves forward.
 */
public final class LedgerFixture {

  static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
  static final Ledger.Settings SETTINGS =
      new Ledger.Settings(HashAlgorithm.SM3, SignatureScheme.SM2, BEIJING);
  static final String PRODUCER = "node1";

  final MemoryStore store = new MemoryStore();
  public final Ledger ledger = new Ledger(SETTINGS, store, new Programmes());
  final Map<String, KeyPair> keys = new HashMap<>();
  final KeyPair producerKeys;
  final Blocks producer;
  private final Map<String, Long> nonces = new HashMap<>();
  private long clock;

  public LedgerFixture(LocalDate start) {
    SecureRandom random = new SecureRandom();
    for (DemoProgramme.Party party : DemoProgramme.PARTIES) {
      keys.put(party.name(), SETTINGS.scheme().generateKeyPair(random));
    }
    producerKeys = SETTINGS.scheme().generateKeyPair(random);
    producer = new Blocks(SETTINGS.hash(), SETTINGS.scheme(), PRODUCER, producerKeys.getPrivate());
    // as the container does: the producer's key on the chain, for whoever applies its blocks
    store.write(Keys.PRODUCER + PRODUCER, producerKeys.getPublic().getEncoded());
    on(start);
    for (DemoProgramme.Step step : DemoProgramme.steps(start, this::publicKey, programme())) {
      if (step.operation() instanceof Operation.Anchor) {
        break;
      }
      assertThat(submit(step.signer(), step.operation()).refusal()).isEmpty();
    }
    seal();
  }

  public static String programme() {
    try {
      return Files.readString(Path.of("../contract-dsl/examples/programme.rcl"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] publicKey(String party) {
    return keys.get(party).getPublic().getEncoded();
  }

  /** Moves the clock to noon in Beijing of {@code day}; the next block is dated that day. */
  public LedgerFixture on(LocalDate day) {
    long time = day.atTime(LocalTime.NOON).toInstant(BEIJING).toEpochMilli();
    if (time > clock) {
      seal();
      clock = time;
      while (!ledger
          .passTime(clock)
          .isEmpty()) { // the days that are over come first, a month a block
        seal();
      }
    }
    return this;
  }

  public Checked<Outcome> submit(String signer, Operation operation) {
    return ledger.submit(sign(signer, operation), clock);
  }

  public SignedTransaction sign(String signer, Operation operation) {
    Transaction transaction =
        new Transaction(operation.event(), signer, next(signer), operation.canonical());
    return new SignedTransaction(
        transaction,
        SETTINGS.scheme().sign(keys.get(signer).getPrivate(), transaction.canonical()));
  }

  long next(String signer) {
    return nonces.merge(signer, 1L, Long::sum);
  }

  public Optional<Block> seal() {
    return ledger.seal(producer);
  }

  ChainAudit audit() {
    return new ChainAudit(
        SETTINGS, Map.of(PRODUCER, producerKeys.getPublic()), ledger.stateBuckets());
  }

  /** A demo party's tax id. */
  static String taxId(String party) {
    return DemoProgramme.PARTIES.stream()
        .filter(p -> p.name().equals(party))
        .findFirst()
        .orElseThrow()
        .taxId();
  }

  /** Anchors an invoice from {@code seller} to {@code buyer}, signed by the seller. */
  Checked<Outcome> anchorInvoice(
      String id, String number, String seller, String buyer, Money amount, LocalDate date) {
    String taxId = taxId(seller);
    return submit(
        seller,
        new Operation.Anchor(
            id,
            dev.cascade.ledger.domain.document.TradeDocument.Kind.INVOICE,
            number,
            seller,
            taxId,
            buyer,
            amount,
            date,
            java.util.HexFormat.of()
                .formatHex(
                    HashAlgorithm.SHA_256.hash(
                        (id + number).getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
  }

  /**
   * The demo's certificates, from their first anchor on (the fixture registered the parties), each
   * step accepted; a block is sealed after each operation {@code sealAfter} says, and at the end.
   */
  public void runDemo(LocalDate today, java.util.function.Predicate<Operation> sealAfter) {
    boolean started = false;
    for (DemoProgramme.Step step : DemoProgramme.steps(today, this::publicKey, programme())) {
      started |= step.operation() instanceof Operation.Anchor;
      if (started) {
        assertThat(submit(step.signer(), step.operation()).refusal()).as("%s", step).isEmpty();
        if (sealAfter.test(step.operation())) {
          seal();
        }
      }
    }
    seal();
  }

  /** An empty chain store that knows this fixture's block producer: to apply its blocks again. */
  MemoryStore producers() {
    MemoryStore chain = new MemoryStore();
    chain.write(Keys.PRODUCER + PRODUCER, producerKeys.getPublic().getEncoded());
    return chain;
  }

  /** Where a sealed transaction is, found in the chain as an auditor would. */
  Optional<Ledger.Location> locate(String transactionId) {
    List<Block> chain = chain();
    for (Block block : chain) {
      for (int i = 0; i < block.transactions().size(); i++) {
        if (ledger.transactionId(block.transactions().get(i)).equals(transactionId)) {
          return Optional.of(new Ledger.Location(block.height(), i));
        }
      }
    }
    return Optional.empty();
  }

  List<Block> chain() {
    return ledger.storedBlocks().stream().map(dev.cascade.ledger.chain.BlockCodec::decode).toList();
  }

  public static Money cny(String amount) {
    return Money.of("CNY", amount);
  }
}
