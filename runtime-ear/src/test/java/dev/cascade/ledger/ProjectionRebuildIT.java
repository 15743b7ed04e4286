package dev.cascade.ledger;

import static dev.cascade.testsupport.CascadeClient.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.testsupport.CascadeClient;
import dev.cascade.testsupport.CascadeEar;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The query tables are a projection of the chain: dropped and rebuilt, they answer the same. */
@ExtendWith(ArquillianExtension.class)
class ProjectionRebuildIT {

  private static final List<String> QUERIES =
      List.of(
          "api/certificates",
          "api/certificates?holder=Yuyao%20Plastics",
          "api/certificates?issuer=Geely%20Auto&state=accepted",
          "api/certificates/GA-0001/lineage",
          "api/enterprises",
          "api/enterprises/Geely%20Auto/exposure");

  private final CascadeClient cascade = new CascadeClient();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return CascadeEar.fromBuild();
  }

  @Test
  void aRebuiltProjectionAnswersEveryQueryAlike() {
    List<String> before = QUERIES.stream().map(q -> expect(cascade.get(q), 200).body()).toList();

    expect(
        cascade.post("api/ledger/projection/rebuild", CascadeClient.signer(CascadeClient.OPERATOR)),
        204);

    assertThat(QUERIES.stream().map(q -> cascade.get(q).body()).toList()).isEqualTo(before);
    assertThat(cascade.get("api/ledger/verification").json().getBoolean("sound")).isTrue();
  }
}
