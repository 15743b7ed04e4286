package dev.cascade.cluster;

import static dev.cascade.cluster.Cluster.HOME;
import static dev.cascade.cluster.Cluster.SCRIPTS;
import static dev.cascade.cluster.Cluster.register;
import static dev.cascade.cluster.Cluster.sameBlocks;
import static dev.cascade.cluster.Cluster.sameHead;
import static dev.cascade.testsupport.CascadeClient.expect;
import static dev.cascade.testsupport.NetworkNamespaces.address;
import static dev.cascade.testsupport.NetworkNamespaces.namespace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cascade.testsupport.Http;
import dev.cascade.testsupport.NetworkNamespaces;
import dev.cascade.testsupport.WildflyServer;
import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A real network partition: three nodes, each in a network namespace of its own (a machine of its
 * own, as far as the network goes), the link between one node and the other two cut while all three
 * run, then joined again. The two go on; the one alone commits nothing and says why; once the link
 * is back the three agree on every block and the one that was alone takes operations again.
 */
class PartitionIT {

  private static final String MEMBERS =
      "-Dcascade.cluster.members="
          + String.join(",", IntStream.range(0, 3).mapToObj(i -> address(i) + "[7600]").toList());

  /** Noticing a cut link (no reset, only silence) and merging after it heals take a while. */
  private static final Duration VIEW_TIMEOUT = Duration.ofMinutes(3);

  @Test
  void theMajorityGoesOnTheMinorityCommitsNothingAndAllAgreeWhenTheLinkIsBack() {
    assumeTrue(
        NetworkNamespaces.available(), "network namespaces need root and iproute2 on this machine");
    List<WildflyServer> nodes = new ArrayList<>();
    try (NetworkNamespaces network = NetworkNamespaces.create(3)) {
      try {
        for (int i = 0; i < 3; i++) {
          String name = "partition-" + (i + 1);
          WildflyServer.freshNode(HOME, name);
          WildflyServer node =
              WildflyServer.startInNamespace(
                  HOME, name, namespace(i), address(i), List.of(MEMBERS, "-Dcascade.demo=false"));
          nodes.add(node);
          node.runScript(SCRIPTS.resolve("configure-cluster.cli"));
          Cluster.deploy(node); // node 1 first: it founds the ledger, and is the oldest member
        }
        List<Http> http = nodes.stream().map(Cluster::http).toList();
        members(http, 3, 3, 3);
        assertThat(Cluster.producer(http)).as("the producer, the oldest member").isZero();
        register(http.get(0), "Split Core", "CORE");
        sameHead(http);

        // node 3 on its own, nodes 1 and 2 on the other side of the cut
        network.partition(List.of(2));
        members(http, 2, 2, 1);
        register(http.get(1), "Split Supplier", "SUPPLIER");
        sameHead(http.subList(0, 2));
        Http.Answer refused =
            http.get(2)
                .postJson(
                    "api/enterprises",
                    Json.createObjectBuilder()
                        .add("signer", "Cascade Operator")
                        .add("name", "Split Minority")
                        .add("taxId", "TAX Split Minority")
                        .add("roles", Json.createArrayBuilder().add("SUPPLIER"))
                        .build()
                        .toString());
        assertThat(refused.status()).as(refused.body()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        // the link is back: one cluster again, one chain, and the node that was alone writes too
        network.heal();
        members(http, 3, 3, 3);
        sameHead(http);
        sameBlocks(http);
        for (Http node : http) {
          assertThat(node.get("api/enterprises/Split%20Minority").status())
              .as("the operation the minority refused is nowhere")
              .isEqualTo(404);
        }
        register(http.get(2), "Split Bank", "BANK");
        sameHead(http);
        sameBlocks(http);
        assertThat(
                expect(http.get(0).get("api/ledger/verification"), 200).json().getBoolean("sound"))
            .isTrue();
      } finally {
        nodes.forEach(WildflyServer::close);
      }
    }
  }

  /** Waits until each node sees as many members as {@code expected} says, in order. */
  private static void members(List<Http> http, int... expected) {
    List<Integer> wanted = IntStream.of(expected).boxed().toList();
    Instant deadline = Instant.now().plus(VIEW_TIMEOUT);
    List<Integer> seen = seen(http);
    while (!seen.equals(wanted) && Instant.now().isBefore(deadline)) {
      Cluster.pause();
      seen = seen(http);
    }
    assertThat(seen).as("the members each node sees").isEqualTo(wanted);
  }

  /** The members each node's health names (a node cut off from the majority answers DOWN, 503). */
  private static List<Integer> seen(List<Http> http) {
    return http.stream()
        .map(node -> node.get("api/health").json().getJsonObject("cache").getJsonArray("members"))
        .map(members -> members.size())
        .toList();
  }
}
