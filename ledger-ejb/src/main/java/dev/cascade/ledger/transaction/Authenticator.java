package dev.cascade.ledger.transaction;

import dev.cascade.ledger.crypto.SignatureScheme;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The first check of every transaction: the signer is known, the signature is the signer's over
 * these exact bytes, and the nonce has not been used (nonces only go up, per signer). A rejected
 * transaction leaves the nonces as they were.
 */
public final class Authenticator {

  static final String SIGNATURE = "signatures are valid";
  static final String REPLAY = "a nonce is used once";

  private final SignatureScheme scheme;
  private final Function<String, Optional<PublicKey>> keys;
  private final Map<String, Long> lastNonce = new HashMap<>();

  public Authenticator(SignatureScheme scheme, Function<String, Optional<PublicKey>> keys) {
    this.scheme = scheme;
    this.keys = keys;
  }

  /** Empty when the transaction may go on to the invariants and the contract. */
  public Optional<Rejection> admit(SignedTransaction signed) {
    Transaction transaction = signed.transaction();
    Optional<PublicKey> key = keys.apply(transaction.signer());
    if (key.isEmpty()) {
      return Optional.of(
          new Rejection(SIGNATURE, transaction.signer() + " is not a registered enterprise"));
    }
    if (!scheme.verify(key.get(), transaction.canonical(), signed.signature())) {
      return Optional.of(
          new Rejection(
              SIGNATURE,
              "the signature is not " + transaction.signer() + "'s signature of this transaction"));
    }
    long last = lastNonce.getOrDefault(transaction.signer(), -1L);
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
    lastNonce.put(transaction.signer(), transaction.nonce());
    return Optional.empty();
  }
}
