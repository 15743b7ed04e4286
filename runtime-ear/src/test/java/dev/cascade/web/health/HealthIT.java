package dev.cascade.web.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.testsupport.CascadeEar;
import dev.cascade.testsupport.Http;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class HealthIT {

  private final Http http = new Http(CascadeEar.BASE_URL);

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return CascadeEar.fromBuild();
  }

  @Test
  void reportsUpWithVersionDatabaseAndCacheMode() {
    Http.Answer answer = http.get("api/health");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("application/json");
    JsonObject health = answer.json();
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(health.getString("version")).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");

    JsonObject database = health.getJsonObject("database");
    assertThat(database.getString("status")).isEqualTo("UP");
    assertThat(database.getString("jndiName")).isEqualTo("java:jboss/datasources/CascadeDS");
    assertThat(database.getString("product"))
        .isEqualTo(System.getProperty("cascade.expected.database"));

    JsonObject cache = health.getJsonObject("cache");
    assertThat(cache.getString("status")).isEqualTo("UP");
    assertThat(cache.getString("container")).isEqualTo("cascade");
    assertThat(cache.getString("mode")).isEqualTo("REPL_SYNC");
    assertThat(cache.getString("transactionMode")).isEqualTo("FULL_XA");
    assertThat(cache.getJsonArray("members")).hasSize(1);

    JsonObject chain = health.getJsonObject("chain");
    assertThat(chain.getString("status")).isEqualTo("UP");
    assertThat(chain.getJsonNumber("height").longValue()).isNotNegative();
    assertThat(chain.containsKey("alarm")).isFalse();
  }
}
