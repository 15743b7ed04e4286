package dev.cascade.ledger.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OperationTest {

  @Test
  void everyDemoOperationReadsBackFromItsCanonicalBytes() {
    LedgerFixture fixture = new LedgerFixture(LocalDate.of(2026, 11, 23));
    for (DemoProgramme.Step step :
        DemoProgramme.steps(
            LocalDate.of(2026, 11, 23), fixture::publicKey, LedgerFixture.programme())) {
      byte[] bytes = step.operation().canonical();
      Operation read = Operation.decode(bytes);

      assertThat(read.canonical()).isEqualTo(bytes);
      assertThat(read.getClass()).isEqualTo(step.operation().getClass());
    }
  }

  @Test
  void refusesBytesThatAreNotAnOperation() {
    byte[] accept = new Operation.Accept("C1").canonical();

    assertThatThrownBy(() -> Operation.decode(Arrays.copyOf(accept, accept.length + 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Operation.decode(Arrays.copyOf(accept, accept.length - 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                Operation.decode(
                    new dev.cascade.ledger.chain.CanonicalWriter()
                        .text("mint")
                        .text("C1")
                        .toBytes()))
        .hasMessageContaining("no operation is called mint");
  }
}
