package dev.cascade.wildflyconfig;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.testsupport.CascadeEar;
import dev.cascade.testsupport.Http;
import dev.cascade.testsupport.Metrics;
import dev.cascade.testsupport.PostgresqlTestDatabase;
import dev.cascade.testsupport.WildflyServer;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What enterprise IT does: take a WildFly that knows nothing of Cascade, apply the wildfly-config
 * scripts with jboss-cli, deploy the EAR, and later restore the configuration it had.
 */
class WildflyConfigScriptsIT {

  private static final Path SCRIPTS = Path.of("..", "wildfly-config");
  private static final int PORT_OFFSET = 300;
  private static final String CONFIGURED_SUBSYSTEMS = "/subsystem=%s:read-resource(recursive=true)";

  private static WildflyServer server;

  @BeforeAll
  static void startPlainServer() {
    server =
        WildflyServer.start(
            Path.of(System.getProperty("cascade.server.plain.home")),
            PORT_OFFSET,
            List.of(
                // a cluster of its own, apart from the Arquillian server running meanwhile
                "-Djboss.default.multicast.address=230.0.0.13",
                "-Dcascade.db.url=" + PostgresqlTestDatabase.URL,
                "-Dcascade.db.password=" + System.getProperty("cascade.postgresql.password")));
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void h2ScriptsMakeAWorkingInstallationAndRestoreTheConfiguration() {
    List<String> before = configuration();

    server.runScript(SCRIPTS.resolve("configure-infinispan.cli"));
    server.runScript(SCRIPTS.resolve("configure-metrics.cli"));
    server.runScript(SCRIPTS.resolve("configure-cluster.cli"));
    server.runScript(SCRIPTS.resolve("configure-h2.cli"));
    assertDeployedEarIsHealthyOn("H2");
    assertThat(
            server.command(
                "/subsystem=infinispan/cache-container=cascade/transport=jgroups"
                    + ":read-attribute(name=channel)"))
        .as("the chain travels over Cascade's own channel")
        .contains("\"result\" => \"cascade-chain\"");
    server.runScript(SCRIPTS.resolve("restore-h2.cli"));
    server.runScript(SCRIPTS.resolve("restore-cluster.cli"));
    server.runScript(SCRIPTS.resolve("restore-metrics.cli"));
    server.runScript(SCRIPTS.resolve("restore-infinispan.cli"));

    assertThat(configuration()).isEqualTo(before);
  }

  @Test
  void postgresqlScriptsMakeAWorkingInstallationAndRestoreTheConfiguration() {
    List<String> before = configuration();
    String driver =
        "-Dpostgresql.driver.jar=" + System.getProperty("cascade.postgresql.driver.jar");

    server.runScript(SCRIPTS.resolve("configure-infinispan.cli"));
    server.runScript(SCRIPTS.resolve("configure-metrics.cli"));
    server.runScript(SCRIPTS.resolve("configure-postgresql.cli"), driver);
    assertDeployedEarIsHealthyOn("PostgreSQL");
    server.runScript(SCRIPTS.resolve("restore-postgresql.cli"));
    server.runScript(SCRIPTS.resolve("restore-metrics.cli"));
    server.runScript(SCRIPTS.resolve("restore-infinispan.cli"));

    assertThat(configuration()).isEqualTo(before);
  }

  private void assertDeployedEarIsHealthyOn(String database) {
    assertThat(
            server.command(
                "/subsystem=infinispan/cache-container=cascade/replicated-cache=diagnostics"
                    + "/component=partition-handling:read-attribute(name=when-split)"))
        .contains("DENY_READ_WRITES");
    server.command("deploy " + CascadeEar.file().getAbsolutePath());
    try {
      Http.Answer health = new Http(server.baseUrl() + "cascade/").get("api/health");
      assertThat(health.status()).as(health.body()).isEqualTo(200);
      JsonObject report = health.json();
      assertThat(report.getString("status")).isEqualTo("UP");
      assertThat(report.getJsonObject("database").getString("product")).isEqualTo(database);
      assertThat(report.getJsonObject("cache").getString("transactionMode")).isEqualTo("FULL_XA");
      // the node's figures on the management interface, where IT's monitoring scrapes them
      long height = report.getJsonObject("chain").getJsonNumber("height").longValue();
      assertThat(Metrics.scrape(server.managementUrl()).value("cascade_chain_height"))
          .isEqualTo(height);
    } finally {
      server.command("undeploy " + CascadeEar.file().getName());
    }
  }

  /** The parts of the configuration the scripts touch, as the management model reports them. */
  private static List<String> configuration() {
    return List.of(
        server.command(String.format(CONFIGURED_SUBSYSTEMS, "datasources")),
        server.command(String.format(CONFIGURED_SUBSYSTEMS, "infinispan")),
        server.command(String.format(CONFIGURED_SUBSYSTEMS, "micrometer")));
  }
}
