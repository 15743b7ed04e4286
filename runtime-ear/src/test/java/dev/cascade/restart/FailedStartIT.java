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
 * it to: a mistake in the configuration must not leave a server that only {@code kill -9} ends. The
 * mistakes here: a custody secret too short to protect the keys an empty ledger is founded with,
 * and a signature scheme Cascade does not have. The node runs from its own copy of the provisioned
 * server's configuration (port offset 500), beside the Arquillian server.
 */
class FailedStartIT {

  private static final int PORT_OFFSET = 500;
  private static final Path HOME = Path.of(System.getProperty("cascade.server.home"));
  private static final String NODE = "failed-start";

  @Test
  void aNodeWhoseLedgerCannotStartStillShutsDown() {
    refusedAndStillStoppable(
        "-Dcascade.custody.secret=too-short",
        "the custody secret must be at least 12 characters long");
  }

  @Test
  void anUnusableSettingIsNamedWithWhatItMayBe() {
    refusedAndStillStoppable(
        "-Dcascade.signature=RSA",
        "the system property cascade.signature is",
        "RSA",
        "it must be one of SM2, ED25519");
  }

  /**
   * Deploys to a node started with {@code mistake}: the deployment is refused, the CLI's answer
   * gives the {@code reason} (in parts, as the CLI may quote it), and the node stops within 60 s of
   * being asked.
   */
  private static void refusedAndStillStoppable(String mistake, String... reason) {
    WildflyServer.freshNode(HOME, NODE);
    WildflyServer node = WildflyServer.startNode(HOME, NODE, PORT_OFFSET, List.of(mistake));
    boolean stopped = false;
    try {
      assertThatThrownBy(() -> node.command("deploy " + CascadeEar.file().getAbsolutePath()))
          .hasMessageContainingAll(reason);
    } finally {
      stopped = node.shutdown(Duration.ofSeconds(60));
      if (!stopped) {
        node.kill();
      }
    }
    assertThat(stopped).as("the node stopped within 60 s of being asked").isTrue();
  }
}
