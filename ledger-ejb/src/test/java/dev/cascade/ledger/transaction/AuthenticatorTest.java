package dev.cascade.ledger.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.ledger.crypto.SignatureScheme;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AuthenticatorTest {

  private static final String SUPPLIER = "Ningbo Castings";

  @ParameterizedTest
  @EnumSource(SignatureScheme.class)
  void admitsTheSignersOwnSignatureOnly(SignatureScheme scheme) {
    KeyPair keys = scheme.generateKeyPair(new SecureRandom());
    KeyPair forger = scheme.generateKeyPair(new SecureRandom());
    Authenticator authenticator = new Authenticator(scheme);

    assertThat(authenticator.signature(sign(scheme, keys, 1), Optional.of(keys.getPublic())))
        .isEmpty();
    assertThat(authenticator.signature(sign(scheme, forger, 1), Optional.of(keys.getPublic())))
        .get()
        .extracting(Rejection::rule)
        .isEqualTo(Authenticator.SIGNATURE);
  }

  @ParameterizedTest
  @EnumSource(SignatureScheme.class)
  void aKeyRoundTripsThroughItsEncoding(SignatureScheme scheme) {
    KeyPair keys = scheme.generateKeyPair(new SecureRandom());
    SignedTransaction signed =
        sign(
            scheme,
            new KeyPair(keys.getPublic(), scheme.privateKey(keys.getPrivate().getEncoded())),
            3);

    assertThat(
            new Authenticator(scheme)
                .signature(signed, Optional.of(scheme.publicKey(keys.getPublic().getEncoded()))))
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(SignatureScheme.class)
  void refusesAnUnknownSigner(SignatureScheme scheme) {
    KeyPair keys = scheme.generateKeyPair(new SecureRandom());

    assertThat(new Authenticator(scheme).signature(sign(scheme, keys, 1), Optional.empty()))
        .get()
        .extracting(Rejection::message)
        .asString()
        .contains("not a registered, approved enterprise");
  }

  @ParameterizedTest
  @EnumSource(SignatureScheme.class)
  void aNonceIsUsedOnceAndOnlyGoesUp(SignatureScheme scheme) {
    KeyPair keys = scheme.generateKeyPair(new SecureRandom());
    Transaction seventh = sign(scheme, keys, 7).transaction();

    assertThat(Authenticator.nonce(seventh, 6)).isEmpty();
    assertThat(Authenticator.nonce(seventh, 7))
        .get()
        .extracting(Rejection::rule)
        .isEqualTo(Authenticator.REPLAY);
    assertThat(Authenticator.nonce(seventh, 9))
        .get()
        .extracting(Rejection::message)
        .asString()
        .contains("nonce 7");
  }

  @ParameterizedTest
  @EnumSource(SignatureScheme.class)
  void aSignedTransactionReadsBackFromItsBytes(SignatureScheme scheme) {
    SignedTransaction signed = sign(scheme, scheme.generateKeyPair(new SecureRandom()), 5);

    SignedTransaction read = SignedTransaction.decode(signed.canonical());

    assertThat(read.canonical()).isEqualTo(signed.canonical());
    assertThat(read.transaction().nonce()).isEqualTo(5);
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
