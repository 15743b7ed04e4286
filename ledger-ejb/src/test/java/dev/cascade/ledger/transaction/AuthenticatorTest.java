package dev.cascade.ledger.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.ledger.crypto.SignatureScheme;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AuthenticatorTest {

  private static final String SUPPLIER = "Ningbo Castings";

  @ParameterizedTest
  @EnumSource(SignatureScheme.class)
  void admitsASignedTransactionOnceAndRefusesItsReplay(SignatureScheme scheme) {
    KeyPair keys = scheme.generateKeyPair(new SecureRandom());
    Authenticator authenticator =
        new Authenticator(
            scheme, name -> Optional.ofNullable(Map.of(SUPPLIER, keys.getPublic()).get(name)));
    SignedTransaction transfer = sign(scheme, keys, 7);

    assertThat(authenticator.admit(transfer)).isEmpty();
    assertThat(authenticator.admit(transfer))
        .get()
        .extracting(Rejection::rule)
        .isEqualTo(Authenticator.REPLAY);
    assertThat(authenticator.admit(sign(scheme, keys, 5)))
        .get()
        .extracting(Rejection::message)
        .asString()
        .contains("nonce 5");
    assertThat(authenticator.admit(sign(scheme, keys, 8))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(SignatureScheme.class)
  void refusesAForgedSignatureAndLeavesTheNonceUnused(SignatureScheme scheme) {
    KeyPair keys = scheme.generateKeyPair(new SecureRandom());
    KeyPair forger = scheme.generateKeyPair(new SecureRandom());
    Authenticator authenticator =
        new Authenticator(
            scheme, name -> Optional.ofNullable(Map.of(SUPPLIER, keys.getPublic()).get(name)));

    assertThat(authenticator.admit(sign(scheme, forger, 1)))
        .get()
        .extracting(Rejection::rule)
        .isEqualTo(Authenticator.SIGNATURE);
    assertThat(authenticator.admit(sign(scheme, keys, 1))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(SignatureScheme.class)
  void refusesAnUnknownSigner(SignatureScheme scheme) {
    KeyPair keys = scheme.generateKeyPair(new SecureRandom());
    Authenticator authenticator = new Authenticator(scheme, name -> Optional.empty());

    assertThat(authenticator.admit(sign(scheme, keys, 1)))
        .get()
        .extracting(Rejection::message)
        .asString()
        .contains("not a registered enterprise");
  }

  private static SignedTransaction sign(SignatureScheme scheme, KeyPair keys, long nonce) {
    Transaction transaction =
        new Transaction(
            "transfer",
            SUPPLIER,
            nonce,
            "C1 to Taizhou Fasteners".getBytes(StandardCharsets.UTF_8));
    return new SignedTransaction(
        transaction, scheme.sign(keys.getPrivate(), transaction.canonical()));
  }
}
