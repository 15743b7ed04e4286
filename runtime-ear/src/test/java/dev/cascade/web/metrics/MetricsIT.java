package dev.cascade.web.metrics;

import static dev.cascade.testsupport.CascadeClient.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.testsupport.CascadeClient;
import dev.cascade.testsupport.CascadeEar;
import dev.cascade.testsupport.Metrics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What IT's monitoring scrapes from the management interface: the node's figures, Prometheus text,
 * moving with what the node does.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

  /** The test server's management interface (no port offset). */
  private static final String MANAGEMENT = "http://localhost:9990/";

  private final CascadeClient cascade = new CascadeClient();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return CascadeEar.fromBuild();
  }

  @Test
  void theNodesFiguresFollowWhatItCommitsAndRefuses() {
    Metrics before = Metrics.scrape(MANAGEMENT);
    String core = cascade.name("Metrics Core");

    cascade.enterprise(core, "CORE"); // registered, then approved: two blocks, one after the other
    expect(cascade.register(core, "CORE"), 422); // registered already

    Metrics after = Metrics.scrape(MANAGEMENT);
    long head = expect(cascade.http().get("api/blocks/latest"), 200).json().getInt("height");
    assertThat(after.value("cascade_chain_height")).isEqualTo(head);
    assertThat(after.value("cascade_blocks_applied_total"))
        .isGreaterThanOrEqualTo(before.value("cascade_blocks_applied_total") + 2);
    assertThat(after.value("cascade_transactions_committed_total"))
        .isGreaterThanOrEqualTo(before.value("cascade_transactions_committed_total") + 2);
    assertThat(after.value("cascade_transactions_rejected_total"))
        .isEqualTo(before.value("cascade_transactions_rejected_total") + 1);
    assertThat(after.value("cascade_signature_verification_seconds_count"))
        .isGreaterThanOrEqualTo(before.value("cascade_signature_verification_seconds_count") + 3);
    assertThat(after.value("cascade_block_produce_seconds_count"))
        .isGreaterThanOrEqualTo(before.value("cascade_block_produce_seconds_count") + 2);
    // a node on its own produces, sees itself only, and is in step with its projection
    assertThat(after.value("cascade_node_producer")).isEqualTo(1);
    assertThat(after.value("cascade_cluster_members")).isEqualTo(1);
    assertThat(after.value("cascade_chain_mismatch")).isZero();
    assertThat(after.value("cascade_projection_lag")).isZero();
    assertThat(after.value("cascade_pool_depth")).isZero();
  }
}
