package dev.cascade.ledger.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A refusal the producer keeps for the node its submitter asked reads back as it was. */
class RejectionTest {

  @Test
  void aRejectionReadsBackWithItsRuleMessageAndValuesInChineseToo() {
    Rejection rejection =
        new Rejection(
            "期限不超过 180 天",
            "凭证期限 200 天，超过 180 天",
            List.of("certificate.maturity - certificate.issued = 200 days", ""));

    assertThat(Rejection.decode(rejection.encode())).isEqualTo(rejection);
    assertThat(Rejection.decode(new Rejection("a nonce is used once", "nonce 3").encode()))
        .isEqualTo(new Rejection("a nonce is used once", "nonce 3"));
  }

  @Test
  void aUsedNonceRefusalTellsTheOtherNodeTheNextFreeNonce() {
    Transaction transaction = new Transaction("Anchor", "Ningbo Castings", 12, new byte[] {1});
    Rejection replay = Authenticator.nonce(transaction, 13).orElseThrow();

    Rejection told = Rejection.decode(Authenticator.withNextNonce(replay, 20).encode());

    assertThat(told.rule()).isEqualTo(Authenticator.REPLAY);
    assertThat(told.message()).isEqualTo(replay.message());
    assertThat(Authenticator.nextNonce(told)).hasValue(20);
    assertThat(Authenticator.nextNonce(replay)).isEmpty();
  }

  @Test
  void bytesThatAreNoRejectionAreRefusedNotMisread() {
    byte[] encoded = new Rejection("rule", "message", List.of("a")).encode();

    assertThatThrownBy(() -> Rejection.decode(java.util.Arrays.copyOf(encoded, encoded.length - 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rejection.decode(java.util.Arrays.copyOf(encoded, encoded.length + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not end");
    assertThatThrownBy(() -> Rejection.decode(new byte[] {0, 1}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
