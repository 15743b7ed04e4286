package dev.cascade.ledger;

import static dev.cascade.testsupport.CascadeClient.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.testsupport.CascadeClient;
import dev.cascade.testsupport.CascadeEar;
import dev.cascade.testsupport.Http;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The query tables are a projection of the chain: they follow it, say which height they show, show
 * an operation's block by the time it is answered, and dropped and rebuilt, they answer the same.
 */
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
  void aQueryAnswerSaysTheHeightItShowsAndShowsWhatAnAnsweredOperationDid() {
    String name = cascade.name("Height Probe");
    Http.Answer registered = expect(cascade.register(name, "SUPPLIER"), 200);
    long block = registered.json().getJsonNumber("block").longValue();

    Http.Answer found = expect(cascade.get("api/enterprises/" + name.replace(" ", "%20")), 200);

    assertThat(found.json().getString("name")).isEqualTo(name);
    assertThat(found.header("Cascade-Height").map(Long::parseLong))
        .hasValueSatisfying(height -> assertThat(height).isGreaterThanOrEqualTo(block));
    long head =
        expect(cascade.get("api/blocks/latest"), 200).json().getJsonNumber("height").longValue();
    assertThat(found.header("Cascade-Height").map(Long::parseLong))
        .hasValueSatisfying(height -> assertThat(height).isLessThanOrEqualTo(head));
    assertThat(expect(cascade.get("api/certificates"), 200).header("Cascade-Height")).isPresent();
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
