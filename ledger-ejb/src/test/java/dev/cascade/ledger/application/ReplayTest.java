package dev.cascade.ledger.application;

import static dev.cascade.ledger.application.LedgerFixture.cny;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.ledger.chain.Block;
import dev.cascade.ledger.domain.Money;
import dev.cascade.ledger.domain.certificate.Certificate;
import dev.cascade.ledger.domain.certificate.CertificateState;
import dev.cascade.ledger.transaction.Checked;
import dev.cascade.ledger.validation.Programmes;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replay equals execution: a ledger built by a seeded random mix of every operation (and of refused
 * ones, and days passing) is replayed from genesis block by block, and from snapshots taken at
 * several heights; every replay reaches the state root of every block, and the state at the head.
 */
class ReplayTest {

  private static final long SEED = 20_261_201L;
  private static final int TRANSACTIONS = 10_000;
  private static final LocalDate START = LocalDate.of(2026, 1, 5);
  private static final String CORE = DemoProgramme.CORE;
  private static final List<String> SUPPLIERS =
      List.of(
          "Ningbo Castings",
          "Zhejiang Seats",
          "Taizhou Fasteners",
          "Yuyao Plastics",
          "Wenzhou Springs",
          "Cixi Wiring");
  private static final List<String> BANKS =
      List.of(DemoProgramme.BANK_OF_NINGBO, DemoProgramme.ICBC);

  /** The operations the mix is made of, each counted when the ledger accepts one. */
  private enum Kind {
    ISSUE,
    ACCEPT,
    CANCEL,
    TRANSFER,
    PART_TRANSFER,
    SPLIT,
    FINANCE,
    PLEDGE,
    RELEASE,
    PAY,
    REFUSED
  }

  @TempDir Path snapshots;

  private final Random random = new Random(SEED);
  private final LedgerFixture fixture = new LedgerFixture(START);
  private final Map<Kind, Integer> accepted = new EnumMap<>(Kind.class);
  private final TreeMap<Long, SortedMap<String, byte[]>> stateAt = new TreeMap<>();
  private final Map<String, Outcome> decided = new java.util.HashMap<>();
  private List<Certificate> open = List.of();
  private int steps;
  private LocalDate today = START;
  private int sequence;

  @Test
  void replayingTheBlocksFromGenesisOrFromAnySnapshotGivesEveryBlocksStateRoot() {
    Map<Long, List<Ledger.Entry>> produced = new TreeMap<>();
    fixture.ledger.onApplied(a -> produced.put(a.block().height(), a.described().entries()));
    build();
    List<Block> chain = fixture.chain();
    assertThat(accepted)
        .as("every operation, and refusals, in the mix")
        .hasSize(Kind.values().length);
    assertThat(chain).hasSizeGreaterThan(100);

    Ledger replayed = new Ledger(LedgerFixture.SETTINGS, fixture.producers(), new Programmes());
    Map<Long, List<Ledger.Entry>> replayedEntries = new TreeMap<>();
    replayed.onApplied(a -> replayedEntries.put(a.block().height(), a.described().entries()));
    // a node that awaits transactions of blocks another node sealed learns what each did, as the
    // producer decided it: what the node its submitter asked answers
    Map<String, Checked<Outcome>> awaited = new java.util.HashMap<>();
    replayed.awaiting(decided::containsKey);
    replayed.watch(a -> awaited.putAll(a.outcomes()));
    for (Block block : chain) {
      assertThat(replayed.applyBlock(block)).as("block %d applies", block.height()).isEmpty();
      assertThat(replayed.stateRoot()).isEqualTo(block.stateRoot());
    }
    // what the projection is handed of each block, by the producer and by a replay, is what the
    // stored bytes say: ids, operations, signers and subjects, follow-ups and time events included
    assertThat(produced).hasSizeGreaterThan(100);
    assertThat(replayedEntries).hasSize(chain.size());
    for (Block block : chain) {
      List<Ledger.Entry> stored = fixture.ledger.describe(block).entries();
      assertThat(replayedEntries.get(block.height()))
          .as("block %d", block.height())
          .isEqualTo(stored);
      if (produced.containsKey(block.height())) {
        assertThat(produced.get(block.height())).as("block %d", block.height()).isEqualTo(stored);
      }
    }
    assertThat(replayed.state().entries())
        .containsExactlyEntriesOf(fixture.ledger.state().entries());
    assertThat(awaited).hasSameSizeAs(decided).hasSizeGreaterThan(1_000);
    decided.forEach(
        (id, outcome) ->
            assertThat(awaited.get(id))
                .as("transaction %s", id)
                .isEqualTo(Checked.passed(outcome)));

    Snapshots files = new Snapshots(snapshots);
    for (long wanted : List.of(1L, 2L, chain.size() / 3L, chain.size() / 2L, chain.size() - 2L)) {
      long height = stateAt.floorKey(wanted);
      files.write(height, fixture.ledger.stateBuckets(), stateAt.get(height));
      Recovery.Opened opened =
          new Recovery(LedgerFixture.SETTINGS, fixture.store, new Programmes(), false)
              .open(files, progress -> {});
      assertThat(opened.report().snapshot()).hasValue(height);
      assertThat(opened.report().warnings()).isEmpty();
      assertThat(opened.report().applied()).isEqualTo(chain.size() - 1 - height);
      assertThat(opened.ledger().stateRoot()).isEqualTo(chain.get(chain.size() - 1).stateRoot());
      assertThat(opened.ledger().state().entries())
          .containsExactlyEntriesOf(fixture.ledger.state().entries());
    }
  }

  /** Runs the mix, sealing a block every 20 to 80 transactions and letting days pass. */
  private void build() {
    capture();
    int inBlock = 0;
    int blockSize = 20 + random.nextInt(60);
    for (int n = 0; n < TRANSACTIONS; n++) {
      step();
      if (++inBlock >= blockSize) {
        fixture.seal();
        capture();
        inBlock = 0;
        blockSize = 20 + random.nextInt(60);
        if (random.nextInt(4) == 0) {
          today = today.plusDays(1 + random.nextInt(6));
          fixture.on(today); // the days over become time events: maturities, overdue marks
          capture();
        }
      }
    }
    fixture.seal();
    capture();
  }

  /** The state after the head, kept by height, to snapshot later. */
  private void capture() {
    fixture.ledger.head().ifPresent(h -> stateAt.put(h.height(), fixture.ledger.applied().state()));
  }

  private void step() {
    if (steps++ % 10 == 0) {
      // now and then, not each time: some operations on what changed since are refused
      open =
          fixture.ledger.state().certificates().stream().filter(c -> !c.state().isFinal()).toList();
    }
    int choice = random.nextInt(100);
    if (open.size() < 20 || choice < 12) {
      issue();
      return;
    }
    Certificate c = open.get(random.nextInt(open.size()));
    String holder = c.holder();
    if (choice < 17) {
      submit(
          Kind.REFUSED,
          other(holder),
          new Operation.Transfer(c.id(), other(holder), c.amount(), List.of()));
    } else if (c.state() == CertificateState.ISSUED) {
      if (choice < 25) {
        submit(Kind.CANCEL, CORE, new Operation.Cancel(c.id()));
      } else {
        submit(Kind.ACCEPT, holder, new Operation.Accept(c.id()));
      }
    } else if (choice < 35) {
      submit(
          Kind.TRANSFER,
          holder,
          new Operation.Transfer(c.id(), other(holder), c.amount(), List.of()));
    } else if (choice < 50) {
      Money part = cents(c.amount(), 10 + random.nextInt(80));
      submit(
          Kind.PART_TRANSFER,
          holder,
          new Operation.Transfer(c.id(), other(holder), part, List.of(id("T"), id("R"))));
    } else if (choice < 62) {
      Money first = cents(c.amount(), 20 + random.nextInt(60));
      submit(
          Kind.SPLIT,
          holder,
          new Operation.Split(
              c.id(), List.of(first, c.amount().minus(first)), List.of(id("S"), id("S"))));
    } else if (choice < 72) {
      submit(
          Kind.FINANCE,
          holder,
          new Operation.Finance(
              c.id(), bank(), new BigDecimal("0.0" + (25 + random.nextInt(30))), today));
    } else if (choice < 80) {
      submit(Kind.PLEDGE, holder, new Operation.Pledge(c.id(), bank()));
    } else if (choice < 88 && c.pledgee().isPresent()) {
      submit(Kind.RELEASE, c.pledgee().get(), new Operation.Release(c.id()));
    } else {
      submit(Kind.PAY, CORE, new Operation.Pay(root(c).id()));
    }
  }

  private void issue() {
    String supplier = SUPPLIERS.get(random.nextInt(2)); // the tier-1 suppliers
    Money amount = cny((10_000 + random.nextInt(490_000)) + ".00");
    String invoice = id("INV");
    submit(
        null,
        supplier,
        new Operation.Anchor(
            invoice,
            dev.cascade.ledger.domain.document.TradeDocument.Kind.INVOICE,
            invoice,
            supplier,
            LedgerFixture.taxId(supplier),
            CORE,
            amount,
            today,
            "ef".repeat(32)));
    submit(
        Kind.ISSUE,
        CORE,
        new Operation.Issue(
            id("C"), supplier, amount, today, today.plusDays(20 + random.nextInt(150)), invoice));
  }

  private void submit(Kind kind, String signer, Operation operation) {
    Checked<Outcome> outcome = fixture.submit(signer, operation);
    outcome.fold(refused -> null, passed -> decided.put(passed.transactionId(), passed));
    Kind counted = outcome.passed() ? kind : Kind.REFUSED;
    if (counted != null) {
      accepted.merge(counted, 1, Integer::sum);
    }
  }

  private Certificate root(Certificate certificate) {
    Certificate current = certificate;
    while (current.parentId().isPresent()) {
      current = fixture.ledger.state().certificate(current.parentId().get()).orElseThrow();
    }
    return current;
  }

  /** {@code percent} of {@code amount}, to the cent, at least one cent. */
  private static Money cents(Money amount, int percent) {
    BigDecimal part =
        amount
            .amount()
            .multiply(BigDecimal.valueOf(percent))
            .movePointLeft(2)
            .setScale(2, java.math.RoundingMode.DOWN);
    return new Money(part.max(new BigDecimal("0.01")), amount.currency());
  }

  private String other(String holder) {
    List<String> others = new ArrayList<>(SUPPLIERS);
    others.remove(holder);
    return others.get(random.nextInt(others.size()));
  }

  private String bank() {
    return BANKS.get(random.nextInt(BANKS.size()));
  }

  private String id(String prefix) {
    return prefix + "-" + (++sequence);
  }
}
