package dev.cascade.ledger.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cascade.ledger.crypto.HashAlgorithm;
import dev.cascade.ledger.crypto.SignatureScheme;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerSettingsTest {

  private static LedgerSettings settings(Map<String, String> properties) {
    return new LedgerSettings(properties::get);
  }

  @Test
  void unsetPropertiesTakeTheDocumentedDefaults() {
    LedgerSettings settings = settings(Map.of("jboss.node.name", "node7"));

    assertThat(settings.ledger().hash()).isEqualTo(HashAlgorithm.SM3);
    assertThat(settings.ledger().scheme()).isEqualTo(SignatureScheme.SM2);
    assertThat(settings.ledger().zone()).isEqualTo(ZoneOffset.ofHours(8));
    assertThat(settings.blockInterval()).isEqualTo(Duration.ZERO);
    assertThat(settings.submitTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.loadDemo()).isTrue();
    assertThat(settings.node()).isEqualTo("node7");
    assertThat(settings.custodySecret()).isEmpty();
  }

  @Test
  void theFaultSwitchIsOffByDefaultAndRefusedWithoutTheTestsPermission() {
    assertThat(settings(Map.of()).ledger().disagreeing()).isFalse();
    assertThatThrownBy(() -> settings(Map.of("cascade.test.fault", "disagree")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refuses to start with it unless cascade.test.faults=allowed");
    assertThatThrownBy(
            () -> settings(Map.of("cascade.test.fault", "crash", "cascade.test.faults", "allowed")))
        .hasMessage("cascade.test.fault=crash is no fault; the one there is: disagree");
    assertThat(
            settings(Map.of("cascade.test.fault", "disagree", "cascade.test.faults", "allowed"))
                .ledger()
                .disagreeing())
        .isTrue();
  }

  @Test
  void choicesAreReadInAnyCaseAndWithADash() {
    LedgerSettings settings =
        settings(
            Map.of(
                "cascade.hash", "sha-256",
                "cascade.signature", "Ed25519",
                "cascade.zone", "+01:00",
                "cascade.block.interval.ms", "20"));

    assertThat(settings.ledger().hash()).isEqualTo(HashAlgorithm.SHA_256);
    assertThat(settings.ledger().scheme()).isEqualTo(SignatureScheme.ED25519);
    assertThat(settings.ledger().zone()).isEqualTo(ZoneOffset.ofHours(1));
    assertThat(settings.blockInterval()).isEqualTo(Duration.ofMillis(20));
  }

  @Test
  void anUnknownSignatureSchemeNamesThePropertyItsValueAndTheChoices() {
    assertThatThrownBy(() -> settings(Map.of("cascade.signature", "RSA")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the system property cascade.signature is \"RSA\"; it must be one of SM2, ED25519");
  }

  @Test
  void anUnknownHashOrOffsetIsRefusedTheSameWay() {
    assertThatThrownBy(() -> settings(Map.of("cascade.hash", "MD5")))
        .hasMessage("the system property cascade.hash is \"MD5\"; it must be one of SM3, SHA_256");
    assertThatThrownBy(() -> settings(Map.of("cascade.zone", "Beijing")))
        .hasMessage(
            "the system property cascade.zone is \"Beijing\"; it must be an offset from UTC such as"
                + " +08:00");
  }

  @Test
  void aTimeThatIsNotAWholeNumberOfMillisecondsIsRefused() {
    assertThatThrownBy(() -> settings(Map.of("cascade.block.interval.ms", "0.5s")))
        .hasMessage(
            "the system property cascade.block.interval.ms is \"0.5s\"; it must be a whole number"
                + " of milliseconds, 0 or more");
    assertThatThrownBy(() -> settings(Map.of("cascade.submit.timeout.ms", "-1")))
        .hasMessageContaining("cascade.submit.timeout.ms is \"-1\"");
  }

  @Test
  void theClusterIsAsLargeAsItsMemberListUnlessItsSizeIsSetAndAMajorityIsItsQuorum() {
    assertThat(settings(Map.of()).clusterSize()).isEqualTo(1);
    assertThat(settings(Map.of()).quorum()).isEqualTo(1);
    LedgerSettings three =
        settings(Map.of("cascade.cluster.members", "127.0.0.1[8300], 127.0.0.1[8400],h3[7600]"));
    assertThat(three.clusterSize()).isEqualTo(3);
    assertThat(three.quorum()).isEqualTo(2);
    LedgerSettings four =
        settings(Map.of("cascade.cluster.members", "a[1],b[2]", "cascade.cluster.size", "4"));
    assertThat(four.clusterSize()).isEqualTo(4);
    assertThat(four.quorum()).isEqualTo(3);
    assertThatThrownBy(() -> settings(Map.of("cascade.cluster.size", "0")))
        .hasMessage(
            "the system property cascade.cluster.size is \"0\"; it must be a whole number of"
                + " nodes, 1 or more");
  }
}
