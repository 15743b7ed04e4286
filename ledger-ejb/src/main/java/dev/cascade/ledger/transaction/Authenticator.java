package dev.cascade.ledger.transaction;

import dev.cascade.ledger.crypto.SignatureScheme;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;

/**
 * The first check of every transaction: the signer is known, the signature is the signer's over
 * these exact bytes, and the nonce has not been used (nonces only go up, per signer). The signature
 * check reads nothing that changes, so it can run in parallel before the ledger is locked; the
 * nonce is checked under the lock.
 */
public final class Authenticator {

  public static final String SIGNATURE = "signatures are valid";
  public static final String REPLAY = "a nonce is used once";

  private final SignatureScheme scheme;

  public Authenticator(SignatureScheme scheme) {
    this.scheme = scheme;
  }

  /** Empty when {@code key} (the signer's registered key, if any) signed these exact bytes. */
  public Optional<Rejection> signature(SignedTransaction signed, Optional<PublicKey> key) {
    Transaction transaction = signed.transaction();
    if (key.isEmpty()) {
      return Optional.of(
          new Rejection(
              SIGNATURE, transaction.signer() + " is not a registered, approved enterprise"));
    }
    if (!scheme.verify(key.get(), transaction.canonical(), signed.signature())) {
      return Optional.of(
          new Rejection(
              SIGNATURE,
              "the signature is not " + transaction.signer() + "'s signature of this transaction"));
    }
    return Optional.empty();
  }

  /** How a nonce refusal names the signer's next free nonce, as the refusing node knows it. */
  private static final String NEXT_NONCE = "next free nonce = ";

  /**
   * The refusal of a used nonce, with the signer's next free nonce as the refusing node (the
   * producer) knows it, counting the transactions it holds for its next block: the node that signed
   * the refused one for a custodial enterprise signs it again with that nonce or a later one.
   */
  public static Rejection withNextNonce(Rejection replay, long next) {
    List<String> values = new java.util.ArrayList<>(replay.values());
    values.add(NEXT_NONCE + next);
    return new Rejection(replay.rule(), replay.message(), values);
  }

  /** The next free nonce a nonce refusal names ({@link #withNextNonce}), if it names one. */
  public static java.util.OptionalLong nextNonce(Rejection rejection) {
    for (String value : rejection.values()) {
      if (value.startsWith(NEXT_NONCE)) {
        try {
          return java.util.OptionalLong.of(Long.parseLong(value.substring(NEXT_NONCE.length())));
        } catch (NumberFormatException e) {
          return java.util.OptionalLong.empty();
        }
      }
    }
    return java.util.OptionalLong.empty();
  }

  /** Empty when the nonce is above {@code last}, the signer's last used nonce (or -1). */
  public static Optional<Rejection> nonce(Transaction transaction, long last) {
    if (transaction.nonce() <= last) {
      return Optional.of(
          new Rejection(
              REPLAY,
              "nonce "
                  + transaction.nonce()
                  + " of "
                  + transaction.signer()
                  + " was used already (last: "
                  + last
                  + ")"));
    }
    return Optional.empty();
  }
}
