package dev.cascade.ledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.ledger.application.DemoProgramme;
import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.application.LedgerFixture;
import dev.cascade.ledger.application.Operation;
import dev.cascade.ledger.application.Outcome;
import dev.cascade.ledger.chain.Block;
import dev.cascade.ledger.transaction.Checked;
import dev.cascade.ledger.transaction.Rejection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A node's mempool holds what it produces and what it awaits from another node's blocks: each
 * submitter is answered once, by the path that decides its transaction.
 */
class MempoolTest {

  private final LedgerFixture fixture = new LedgerFixture(LocalDate.of(2026, 3, 2));
  private final Mempool mempool = new Mempool();

  @Test
  void anAwaitedTransactionIsProducedOnlyWhenHandedToTheProducerAndOnlyOnce() {
    Ledger.Admitted admitted = admitted("Awaited One");
    Mempool.Entry entry = mempool.expect(admitted, admitted.id());

    assertThat(mempool.take(10)).as("awaited, not this node's to produce").isEmpty();
    assertThat(mempool.expect(admitted, admitted.id())).isSameAs(entry);
    mempool.produce(entry);
    mempool.produce(entry);
    assertThat(mempool.take(10)).containsExactly(entry);
    assertThat(mempool.holds(admitted.id())).isTrue();
  }

  @Test
  void aBlockAnotherNodeSealedAnswersTheTransactionsThisNodeAwaitsWithTheirPlaceAndOutcome() {
    Ledger.Admitted first = admitted("Block Mate");
    Ledger.Admitted awaited = admitted("Awaited Two");
    Mempool.Entry produced = mempool.add(first, first.id());
    Mempool.Entry entry = mempool.expect(awaited, awaited.id());
    Checked<Outcome> one = fixture.ledger.submit(first, 0);
    Checked<Outcome> two = fixture.ledger.submit(awaited, 0);
    Block block = fixture.seal().orElseThrow();
    Ledger.Described described = fixture.ledger.describe(block);
    int at = described.entries().stream().map(Ledger.Entry::id).toList().indexOf(awaited.id());

    mempool.decided(
        new Ledger.AppliedBlock(
            described,
            fixture.ledger.applied().state(),
            List.of(),
            Map.of(first.id(), one, awaited.id(), two)));

    Receipt receipt = entry.receipt().join();
    assertThat(receipt.status()).isEqualTo(Receipt.Status.COMMITTED);
    assertThat(receipt.location()).hasValue(new Ledger.Location(block.height(), at));
    assertThat(receipt.outcome()).isEqualTo(two);
    assertThat(produced.receipt()).as("this node's producer answers what it produced").isNotDone();
    assertThat(mempool.holds(awaited.id())).isFalse();
  }

  @Test
  void aRefusalAnswersAnAwaitedTransactionButNotOneThisNodeProduces() {
    Ledger.Admitted awaited = admitted("Awaited Three");
    Ledger.Admitted own = admitted("Own Four");
    Mempool.Entry entry = mempool.expect(awaited, awaited.id());
    Mempool.Entry produced = mempool.add(own, own.id());
    Rejection rejection = new Rejection("a nonce is used once", "nonce 2 is used");

    mempool.refused(awaited.id(), rejection);
    mempool.refused(own.id(), rejection);

    assertThat(entry.receipt().join()).isEqualTo(Receipt.rejected(rejection));
    assertThat(produced.receipt()).isNotDone();
  }

  @Test
  void handingOverEmptiesTheQueueAndLeavesTheSubmittersWaitingForAnotherProducer() {
    Ledger.Admitted one = admitted("Handed Five");
    Ledger.Admitted two = admitted("Handed Six");
    Mempool.Entry first = mempool.add(one, one.id());
    Mempool.Entry second = mempool.add(two, two.id());

    assertThat(mempool.handOver()).containsExactly(first, second);

    assertThat(mempool.take(10)).isEmpty();
    assertThat(first.produced()).isFalse();
    mempool.refused(two.id(), new Rejection("rule", "refused by the next producer"));
    assertThat(second.receipt().join().status()).isEqualTo(Receipt.Status.REJECTED);
  }

  private Ledger.Admitted admitted(String name) {
    return fixture
        .ledger
        .authenticate(
            fixture.sign(
                DemoProgramme.OPERATOR,
                new Operation.Register(
                    name,
                    "TAX " + name,
                    List.of(dev.cascade.ledger.domain.enterprise.Role.SUPPLIER),
                    fixture
                        .ledger
                        .settings()
                        .scheme()
                        .generateKeyPair(new java.security.SecureRandom())
                        .getPublic()
                        .getEncoded())))
        .fold(
            rejection -> {
              throw new AssertionError(rejection.message());
            },
            admitted -> admitted);
  }
}
