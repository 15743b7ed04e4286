package dev.cascade.web.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.testsupport.CascadeEar;
import dev.cascade.testsupport.Http;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One JPA row (CascadeDS) and one replicated cache entry in one JTA transaction: both survive a
 * commit, neither survives a failure after both were written.
 */
@ExtendWith(ArquillianExtension.class)
class TransactionProbeIT {

  private static final String PROBES = "api/diagnostics/probes";

  private final Http http = new Http(CascadeEar.BASE_URL);

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return CascadeEar.fromBuild();
  }

  @Test
  void committedProbeIsReadBackFromDatabaseAndCache() {
    Http.Answer written = http.postJson(PROBES, "{\"label\": \"commit | 提交\"}");

    assertThat(written.status()).isEqualTo(201);
    String id = written.json().getString("id");

    JsonObject found = http.get(PROBES + "/" + id).json();
    assertThat(found.getJsonObject("database").getString("label")).isEqualTo("commit | 提交");
    assertThat(found.getJsonObject("cache").getString("label")).isEqualTo("commit | 提交");
    assertThat(found.getJsonObject("cache").getString("writtenAt"))
        .isEqualTo(found.getJsonObject("database").getString("writtenAt"));
  }

  @Test
  void failureAfterBothWritesLeavesNeither() {
    Http.Answer failed =
        http.postJson(PROBES, "{\"label\": \"rollback\", \"failAfterWrite\": true}");

    assertThat(failed.status()).isEqualTo(500);
    assertThat(failed.contentType()).startsWith("application/problem+json");
    JsonObject problem = failed.json();
    assertThat(problem.getString("type")).isEqualTo("urn:cascade:problem:probe-rolled-back");
    // Both writes had happened inside the transaction before it failed ...
    JsonObject inside = problem.getJsonObject("seenInsideTransaction");
    assertThat(inside.getJsonObject("database").getString("label")).isEqualTo("rollback");
    assertThat(inside.getJsonObject("cache").getString("label")).isEqualTo("rollback");

    // ... and neither is there afterwards.
    Http.Answer after = http.get(PROBES + "/" + problem.getString("id"));
    assertThat(after.status()).isEqualTo(404);
    assertThat(after.contentType()).startsWith("application/problem+json");
  }

  @Test
  void missingLabelIsRejectedWithTheFieldNamed() {
    Http.Answer rejected = http.postJson(PROBES, "{\"label\": \"  \"}");

    assertThat(rejected.status()).isEqualTo(400);
    assertThat(rejected.contentType()).startsWith("application/problem+json");
    JsonObject violation = rejected.json().getJsonArray("violations").getJsonObject(0);
    assertThat(violation.getString("field")).isEqualTo("label");
    assertThat(violation.getString("message")).isEqualTo("a probe needs a label");
  }

  @Test
  void malformedBodiesGetProblemsNotStackTraces() {
    for (String body : new String[] {"{\"label\": ", "[1, 2]", "", "{\"label\": 5"}) {
      Http.Answer rejected = http.postJson(PROBES, body);

      assertThat(rejected.status()).as(body).isEqualTo(400);
      assertThat(rejected.contentType()).as(body).startsWith("application/problem+json");
      assertThat(rejected.body()).as(body).doesNotContain("Exception", "\tat ");
    }
    Http.Answer wrongType = http.post(PROBES, "text/plain", "label");
    assertThat(wrongType.status()).isEqualTo(415);
    assertThat(wrongType.contentType()).startsWith("application/problem+json");
  }
}
