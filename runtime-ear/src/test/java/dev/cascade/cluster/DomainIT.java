package dev.cascade.cluster;

import static dev.cascade.cluster.Cluster.FOLLOW_TIMEOUT;
import static dev.cascade.cluster.Cluster.SCRIPTS;
import static dev.cascade.cluster.Cluster.producer;
import static dev.cascade.cluster.Cluster.register;
import static dev.cascade.cluster.Cluster.sameBlocks;
import static dev.cascade.cluster.Cluster.sameHead;
import static dev.cascade.testsupport.CascadeClient.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.testsupport.CascadeEar;
import dev.cascade.testsupport.Http;
import dev.cascade.testsupport.WildflyDomain;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A managed domain, the way many WildFly estates run: the wildfly-config scripts configure a
 * profile of the domain controller, Cascade is deployed to a server group of two servers, and both
 * servers validate the one chain.
 */
class DomainIT {

  private static final Path HOME = Path.of(System.getProperty("cascade.domain.home"));
  private static final String GROUP = "cascade";

  /** The servers' port offsets: clear of the Arquillian server's and the cluster tests' ports. */
  private static final int[] OFFSETS = {1100, 1200};

  /** What the scripts take in a domain: the profile, its socket binding group, the server group. */
  private static final String[] DOMAIN = {
    "-Dcascade.profile=/profile=ha",
    "-Dcascade.socket.binding.group=ha-sockets",
    "-Dcascade.server.group=" + GROUP
  };

  @Test
  void theScriptsConfigureAProfileAndBothServersOfTheGroupValidateOneChain() {
    try (WildflyDomain domain = WildflyDomain.start(HOME, HOME.resolveSibling("domain-run"))) {
      // the host's public interface (host-primary.xml names none), the estate's server group on
      // the zip's ha profile, two servers not started yet
      domain.command("/host=primary/interface=public:add(inet-address=127.0.0.1)");
      domain.command(
          "/server-group=" + GROUP + ":add(profile=ha, socket-binding-group=ha-sockets)");
      domain.command("/server-group=" + GROUP + "/jvm=default:add(max-heap-size=768m)");
      property(domain, "cascade.cluster.members", "127.0.0.1[8700],127.0.0.1[8800]");
      property(domain, "cascade.custody.secret", "domain-test-secret");
      property(domain, "cascade.demo", "false");
      property(domain, "jboss.default.multicast.address", "230.0.0.21");
      for (int i = 0; i < OFFSETS.length; i++) {
        String server = "/host=primary/server-config=" + name(i);
        domain.command(
            server
                + ":add(group="
                + GROUP
                + ", socket-binding-port-offset="
                + OFFSETS[i]
                + ", auto-start=false)");
        domain.command(server + "/system-property=jboss.tx.node.id:add(value=" + name(i) + ")");
      }
      // Cascade needs the micrometer subsystem, which the zip's ha profile does not have
      domain.command("/extension=org.wildfly.extension.micrometer:add()");
      domain.command("/profile=ha/subsystem=micrometer:add()");

      domain.runScript(SCRIPTS.resolve("configure-infinispan.cli"), DOMAIN);
      domain.runScript(SCRIPTS.resolve("configure-cluster.cli"), DOMAIN);
      domain.runScript(SCRIPTS.resolve("configure-h2.cli"), DOMAIN);
      assertThat(
              domain.command(
                  "/profile=ha/subsystem=infinispan/cache-container=cascade/replicated-cache=ledger"
                      + "/component=partition-handling:read-attribute(name=when-split)"))
          .contains("DENY_READ_WRITES");
      domain.command("deploy " + CascadeEar.file().getAbsolutePath() + " --server-groups=" + GROUP);

      // the first server founds the ledger, the second finds it there
      Http first = started(domain, 0);
      Http second = started(domain, 1);
      List<Http> http = List.of(first, second);
      for (Http server : http) {
        JsonObject health = expect(server.get("api/health"), 200).json();
        assertThat(health.getJsonObject("cache").getJsonArray("members"))
            .as("each server sees the other")
            .hasSize(2);
      }
      producer(http);
      register(second, "Domain Supplier", "SUPPLIER");
      sameHead(http);
      register(first, "Domain Bank", "BANK");
      sameHead(http);
      sameBlocks(http);
    }
  }

  private static void property(WildflyDomain domain, String name, String value) {
    domain.command(
        "/server-group=" + GROUP + "/system-property=" + name + ":add(value=\"" + value + "\")");
  }

  private static String name(int i) {
    return "cascade-" + (i + 1);
  }

  /** Starts server {@code i} of the group and waits until Cascade answers UP on it. */
  private static Http started(WildflyDomain domain, int i) {
    domain.command("/host=primary/server-config=" + name(i) + ":start(blocking=true)");
    Http http = new Http("http://localhost:" + (8080 + OFFSETS[i]) + "/cascade/");
    Instant deadline = Instant.now().plus(FOLLOW_TIMEOUT.multipliedBy(4));
    Http.Answer health = null;
    while (Instant.now().isBefore(deadline)) {
      try {
        health = http.get("api/health");
        if (health.status() == 200) {
          return http;
        }
      } catch (RuntimeException notYet) {
        // the server is still booting
      }
      Cluster.pause();
    }
    throw new AssertionError(name(i) + " did not answer UP in time: " + health);
  }
}
