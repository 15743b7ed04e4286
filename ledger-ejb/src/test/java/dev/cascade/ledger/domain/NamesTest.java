package dev.cascade.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.contract.check.Schema;
import dev.cascade.ledger.domain.certificate.CertificateState;
import dev.cascade.ledger.domain.enterprise.Role;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The names request validation accepts are exactly the domain's, in one place each. */
class NamesTest {

  @Test
  void everyRoleAndNoOtherIsARoleName() {
    assertThat(Role.NAMES).isEqualTo(alternatives(Role.values()));
  }

  @Test
  void everyCertificateStateAndNoOtherIsAStateName() {
    assertThat(CertificateState.NAMES).isEqualTo(alternatives(CertificateState.values()));
  }

  @Test
  void theStatesContractsCompareWithAreTheLedgersStates() {
    assertThat(Schema.CERTIFICATE_STATES)
        .containsExactlyElementsOf(
            Arrays.stream(CertificateState.values())
                .map(state -> state.name().toLowerCase(Locale.ROOT))
                .toList());
  }

  private static String alternatives(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.joining("|"));
  }
}
