package dev.cascade.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.testsupport.CascadeEar;
import dev.cascade.testsupport.Http;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Client developers generate their code from the OpenAPI document the server serves. */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return CascadeEar.fromBuild();
  }

  @Test
  void theOpenApiDocumentDescribesEveryOperationAndQuery() {
    Http.Answer answer =
        new Http(CascadeEar.BASE_URL.replace("/cascade/", "/")).get("openapi?format=JSON");

    assertThat(answer.status()).isEqualTo(200);
    JsonObject document = answer.json();
    assertThat(document.getJsonObject("info").getString("title")).isEqualTo("Cascade");
    assertThat(document.getJsonObject("paths").keySet())
        .contains(
            "/cascade/api/enterprises",
            "/cascade/api/enterprises/{name}/approval",
            "/cascade/api/enterprises/{name}/credit-lines",
            "/cascade/api/enterprises/{name}/exposure",
            "/cascade/api/documents",
            "/cascade/api/programmes",
            "/cascade/api/certificates",
            "/cascade/api/certificates/{id}/acceptance",
            "/cascade/api/certificates/{id}/cancellation",
            "/cascade/api/certificates/{id}/transfers",
            "/cascade/api/certificates/{id}/splits",
            "/cascade/api/certificates/{id}/financing",
            "/cascade/api/certificates/{id}/pledge",
            "/cascade/api/certificates/{id}/release",
            "/cascade/api/certificates/{id}/payment",
            "/cascade/api/certificates/{id}/lineage",
            "/cascade/api/transactions",
            "/cascade/api/transactions/{id}/proof",
            "/cascade/api/blocks/{height}",
            "/cascade/api/ledger/verification",
            "/cascade/api/simulations",
            "/cascade/api/simulations/{id}",
            "/cascade/api/simulations/portfolio");
  }
}
