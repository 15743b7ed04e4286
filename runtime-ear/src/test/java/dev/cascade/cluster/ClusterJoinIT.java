package dev.cascade.cluster;

import static dev.cascade.cluster.Cluster.NO_DEMO;
import static dev.cascade.cluster.Cluster.register;
import static dev.cascade.cluster.Cluster.sameBlocks;
import static dev.cascade.cluster.Cluster.sameHead;
import static dev.cascade.cluster.Cluster.start;
import static dev.cascade.testsupport.CascadeClient.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.bench.LoadDriver;
import dev.cascade.testsupport.Http;
import dev.cascade.testsupport.WildflyServer;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Two nodes of a three-node cluster take more than 10,000 client-signed transactions (the load
 * driver, its clients spread across both, batches of 200); then the third node joins with no data
 * at all, reads the whole chain, applies and checks every block, and ends with the same blocks,
 * state root and chain as the others, and takes operations. The catch-up rate is printed, and the
 * load driver's throughput on three nodes after it, as a ratio to the raw verification rate
 * measured in the same run (see docs/benchmarks.md).
 */
class ClusterJoinIT {

  private static final int CLIENTS = 4;
  private static final int PER_CLIENT = 2_600;
  private static final int BATCH = 200;

  @Test
  void aNewNodeJoinsALedgerOfTenThousandTransactionsAndCatchesUp() throws Exception {
    List<WildflyServer> nodes = new ArrayList<>();
    try {
      List<Http> two = start(nodes, NO_DEMO, NO_DEMO);
      register(two.get(0), "Geely Auto", "CORE"); // the load driver's invoices name it as buyer
      sameHead(two);
      LoadDriver.main(
          new String[] {
            api(two.get(0)) + "," + api(two.get(1)),
            String.valueOf(CLIENTS),
            String.valueOf(PER_CLIENT),
            String.valueOf(BATCH)
          });
      sameHead(two);
      JsonObject head = expect(two.get(0).get("api/blocks/latest"), 200).json();
      long blocks = head.getInt("height") + 1;
      long transactions = transactions(two.get(0), blocks);
      assertThat(transactions).as("transactions in the chain").isGreaterThanOrEqualTo(10_000);

      nodes.add(Cluster.configured(2, NO_DEMO));
      long started = System.nanoTime();
      Cluster.deploy(nodes.get(2)); // opens the ledger: reads and applies the whole chain
      Http third = Cluster.http(nodes.get(2));
      List<Http> all = List.of(two.get(0), two.get(1), third);
      sameHead(all);
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "ClusterJoinIT catch-up: a new node read and applied %d blocks, %d transactions, in %.1f s"
              + " from its deployment (%.0f blocks/s, %.0f tx/s)%n",
          blocks,
          transactions,
          seconds,
          blocks / seconds,
          transactions / seconds);
      sameBlocks(all);
      JsonObject verification = third.get("api/ledger/verification").json();
      assertThat(verification.getBoolean("sound")).as(verification.toString()).isTrue();
      register(third, "Late Joiner Supplier", "SUPPLIER");
      sameHead(all);

      // the three nodes under the same load, spread across all of them
      LoadDriver.main(
          new String[] {
            api(all.get(0)) + "," + api(all.get(1)) + "," + api(all.get(2)),
            String.valueOf(CLIENTS * 3 / 2),
            String.valueOf(PER_CLIENT / 2 / BATCH * BATCH),
            String.valueOf(BATCH)
          });
      sameHead(all);
    } finally {
      nodes.forEach(WildflyServer::close);
    }
  }

  private static String api(Http node) {
    return node.baseUrl() + "api/";
  }

  /** How many transactions the node's first {@code blocks} blocks hold. */
  private static long transactions(Http node, long blocks) {
    long transactions = 0;
    for (long height = 0; height < blocks; height++) {
      transactions +=
          expect(node.get("api/blocks/" + height), 200).json().getJsonArray("transactions").size();
    }
    return transactions;
  }
}
