package dev.cascade.ledger;

import static dev.cascade.testsupport.CascadeClient.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.testsupport.CascadeClient;
import dev.cascade.testsupport.CascadeEar;
import dev.cascade.testsupport.Http;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Many banks reach for the same part at the same moment: exactly one gets it. */
@ExtendWith(ArquillianExtension.class)
class ConcurrencyIT {

  private static final int ATTEMPTS = 50;

  private final CascadeClient cascade = new CascadeClient();
  private final LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return CascadeEar.fromBuild();
  }

  @Test
  void fiftyConcurrentFinancingsAndPledgesOfOnePartLetExactlyOneThrough() throws Exception {
    String core = cascade.name("SAIC Motor");
    String supplier = cascade.name("Jiading Pistons");
    List<String> banks = new ArrayList<>();
    cascade.enterprise(core, "CORE");
    cascade.enterprise(supplier, "SUPPLIER");
    for (int i = 0; i < 5; i++) {
      banks.add(cascade.name("Lender " + i));
      cascade.enterprise(banks.get(i), "BANK");
    }
    expect(cascade.grantCredit(banks.get(0), core, "9,000,000.00"), 200);
    String c = cascade.id("SAIC");
    expect(
        cascade.anchorInvoice(cascade.id("INV"), "31000001", supplier, core, "800,000.00", today),
        200);
    expect(
        cascade.issue(
            core, c, supplier, "800,000.00", today, today.plusDays(120), cascade.id("INV")),
        200);
    expect(cascade.accept(supplier, c), 200);

    ExecutorService pool = Executors.newFixedThreadPool(ATTEMPTS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Http.Answer>> attempts = new ArrayList<>();
    for (int i = 0; i < ATTEMPTS; i++) {
      String bank = banks.get(i % banks.size());
      boolean finance = i % 2 == 0;
      attempts.add(
          pool.submit(
              () -> {
                start.await();
                return finance
                    ? cascade.finance(supplier, c, bank, "0.035")
                    : cascade.pledge(supplier, c, bank);
              }));
    }
    start.countDown();
    List<Http.Answer> answers = new ArrayList<>();
    for (Future<Http.Answer> attempt : attempts) {
      answers.add(attempt.get());
    }
    pool.shutdown();

    assertThat(answers).filteredOn(a -> a.status() == 200).hasSize(1);
    assertThat(answers)
        .filteredOn(a -> a.status() != 200)
        .allSatisfy(
            a -> {
              assertThat(a.status()).as(a.body()).isEqualTo(422);
              assertThat(a.json().getString("rule"))
                  .isIn(
                      "a pledged or financed part is not pledged or financed again",
                      "only the holder moves a certificate");
            });
    assertThat(cascade.get("api/ledger/verification").json().getBoolean("sound")).isTrue();
  }
}
