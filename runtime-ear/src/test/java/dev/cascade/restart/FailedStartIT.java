package dev.cascade.restart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cascade.testsupport.CascadeEar;
import dev.cascade.testsupport.WildflyServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A node whose ledger cannot start refuses the deployment, says why, and still stops when IT asks
 * it to: a mistake in the configuration must not leave a server that only {@code kill -9} ends.
 * Here the mistake is a custody secret too short to protect the keys an empty ledger is founded
 * with. The node runs from its own copy of the provisioned server's configuration (port offset
 * 500), beside the Arquillian server.
 */
class FailedStartIT {

  private static final int PORT_OFFSET = 500;
  private static final Path HOME = Path.of(System.getProperty("cascade.server.home"));
  private static final Path BASE = HOME.resolveSibling("failed-start-node");

  @Test
  void aNodeWhoseLedgerCannotStartStillShutsDown() {
    WildflyServer.copyConfiguration(HOME, BASE);
    WildflyServer node =
        WildflyServer.start(
            HOME,
            PORT_OFFSET,
            List.of(
                "-Djboss.server.base.dir=" + BASE,
                "-Djboss.node.name=failed-start",
                "-Djboss.default.multicast.address=230.0.0.15",
                "-Dcascade.custody.secret=too-short"));
    boolean stopped = false;
    try {
      assertThatThrownBy(() -> node.command("deploy " + CascadeEar.file().getAbsolutePath()))
          .hasMessageContaining("the custody secret must be at least 12 characters long");
    } finally {
      stopped = node.shutdown(Duration.ofSeconds(60));
      if (!stopped) {
        node.kill();
      }
    }
    assertThat(stopped).as("the node stopped within 60 s of being asked").isTrue();
  }
}
