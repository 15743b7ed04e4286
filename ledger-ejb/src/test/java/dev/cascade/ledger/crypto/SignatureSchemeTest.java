package dev.cascade.ledger.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SignatureSchemeTest {

  private static final byte[] TRANSFER =
      "transfer CNY 500,000.00 to Ningbo Castings".getBytes(StandardCharsets.UTF_8);

  @ParameterizedTest
  @EnumSource(SignatureScheme.class)
  void verifiesWhatItsKeySigned(SignatureScheme scheme) {
    KeyPair keys = scheme.generateKeyPair(new SecureRandom());

    assertThat(scheme.verify(keys.getPublic(), TRANSFER, scheme.sign(keys.getPrivate(), TRANSFER)))
        .isTrue();
  }

  @ParameterizedTest
  @EnumSource(SignatureScheme.class)
  void rejectsAForgedSignatureAChangedMessageAndAnotherKey(SignatureScheme scheme) {
    SecureRandom random = new SecureRandom();
    KeyPair keys = scheme.generateKeyPair(random);
    byte[] signature = scheme.sign(keys.getPrivate(), TRANSFER);
    byte[] forged = signature.clone();
    forged[forged.length / 2] ^= 1;
    byte[] changed = "transfer CNY 900,000.00 to Ningbo Castings".getBytes(StandardCharsets.UTF_8);

    assertThat(scheme.verify(keys.getPublic(), TRANSFER, forged)).isFalse();
    assertThat(scheme.verify(keys.getPublic(), changed, signature)).isFalse();
    assertThat(scheme.verify(scheme.generateKeyPair(random).getPublic(), TRANSFER, signature))
        .isFalse();
    assertThat(scheme.verify(keys.getPublic(), TRANSFER, new byte[] {1, 2, 3})).isFalse();
  }

  @ParameterizedTest
  @EnumSource(HashAlgorithm.class)
  void hashesAreTheStandardOnes(HashAlgorithm algorithm) {
    // Known answers: "abc" (GB/T 32905 for SM3, FIPS 180-2 for SHA-256).
    String expected =
        algorithm == HashAlgorithm.SM3
            ? "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"
            : "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    assertThat(
            java.util.HexFormat.of()
                .formatHex(algorithm.hash("abc".getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo(expected);
  }
}
