package dev.cascade.ledger;

import static dev.cascade.testsupport.CascadeClient.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.testsupport.CascadeClient;
import dev.cascade.testsupport.CascadeEar;
import dev.cascade.testsupport.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A client that lost its answer (a timeout, a crashed node) sends the same custodial operation
 * again with the same {@code Idempotency-Key}: it is applied once, and the retry is told where.
 */
@ExtendWith(ArquillianExtension.class)
class IdempotencyIT {

  private final CascadeClient cascade = new CascadeClient();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return CascadeEar.fromBuild();
  }

  @Test
  void aRetryWithTheSameKeyIsAppliedOnceAndAnsweredWithTheFirstTransaction() {
    String supplier = cascade.name("Retry Castings");
    String key = UUID.randomUUID().toString();
    long before = height();

    Http.Answer first = register(supplier, "SUPPLIER", key);
    Http.Answer retry = register(supplier, "SUPPLIER", key);

    expect(first, 200);
    expect(retry, 200);
    assertThat(retry.json().getString("transaction"))
        .as("the retry is the first transaction")
        .isEqualTo(first.json().getString("transaction"));
    assertThat(retry.json().getInt("block")).isEqualTo(first.json().getInt("block"));
    assertThat(height()).as("one block, for the first attempt only").isEqualTo(before + 1);
    // without a key, the same request is a new operation, which the ledger refuses on its merits
    Http.Answer again = register(supplier, "SUPPLIER", null);
    assertThat(again.status()).isEqualTo(422);
  }

  @Test
  void aKeyUsedForAnotherOperationIsRefusedAndChangesNothing() {
    String key = UUID.randomUUID().toString();
    expect(register(cascade.name("Key Owner"), "SUPPLIER", key), 200);
    long before = height();

    Http.Answer other = register(cascade.name("Key Thief"), "SUPPLIER", key);

    assertThat(other.status()).isEqualTo(422);
    assertThat(other.contentType()).startsWith("application/problem+json");
    JsonObject problem = other.json();
    assertThat(problem.getString("rule")).isEqualTo("an idempotency key names one operation");
    assertThat(problem.getString("detail")).contains(key).contains("another operation");
    assertThat(height()).isEqualTo(before);
    assertThat(
            cascade
                .get("api/enterprises/" + CascadeClient.path(cascade.name("Key Thief")))
                .status())
        .isEqualTo(404);
  }

  @Test
  void aKeyThatIsNoKeyIsABadRequest() {
    Http.Answer bad = register(cascade.name("Bad Key"), "SUPPLIER", "two words");

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
    assertThat(bad.json().getString("detail")).contains("Idempotency-Key");
    assertThat(register(cascade.name("Long Key"), "SUPPLIER", "k".repeat(256)).status())
        .isEqualTo(400);
  }

  private Http.Answer register(String name, String role, String key) {
    String body =
        Json.createObjectBuilder()
            .add("signer", "Cascade Operator")
            .add("name", name)
            .add("taxId", CascadeClient.taxId(name))
            .add("roles", Json.createArrayBuilder().add(role))
            .build()
            .toString();
    return key == null
        ? cascade.http().postJson("api/enterprises", body)
        : cascade.http().postJson("api/enterprises", body, Map.of("Idempotency-Key", key));
  }

  private long height() {
    return expect(cascade.get("api/blocks/latest"), 200).json().getInt("height");
  }
}
