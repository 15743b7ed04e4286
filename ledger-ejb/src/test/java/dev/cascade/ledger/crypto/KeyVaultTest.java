package dev.cascade.ledger.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KeyVaultTest {

  private static final char[] SECRET = "correct horse battery staple".toCharArray();

  @ParameterizedTest
  @EnumSource(SignatureScheme.class)
  void aSealedKeySignsAgainOnlyWithTheDeploymentSecret(SignatureScheme scheme) {
    KeyPair keys = scheme.generateKeyPair(new SecureRandom());
    byte[] keystore = new KeyVault(scheme, SECRET).seal("Ningbo Castings", keys);
    byte[] message = "transfer C1".getBytes(StandardCharsets.UTF_8);

    byte[] signature =
        scheme.sign(new KeyVault(scheme, SECRET).open("Ningbo Castings", keystore), message);

    assertThat(scheme.verify(keys.getPublic(), message, signature)).isTrue();
    assertThat(new KeyVault(scheme, SECRET).publicKey("Ningbo Castings", keystore))
        .isEqualTo(keys.getPublic().getEncoded());
    assertThatThrownBy(
            () ->
                new KeyVault(scheme, "a different secret".toCharArray())
                    .open("Ningbo Castings", keystore))
        .hasMessageContaining("cannot be opened");
  }

  @ParameterizedTest
  @EnumSource(SignatureScheme.class)
  void aChangedKeystoreDoesNotOpen(SignatureScheme scheme) {
    byte[] keystore =
        new KeyVault(scheme, SECRET)
            .seal("Bank of Ningbo", scheme.generateKeyPair(new SecureRandom()));
    keystore[keystore.length / 2] ^= 1;

    assertThatThrownBy(() -> new KeyVault(scheme, SECRET).open("Bank of Ningbo", keystore))
        .isInstanceOf(IllegalStateException.class);
  }
}
