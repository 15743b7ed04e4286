package dev.cascade.ledger.infrastructure;

import dev.cascade.ledger.crypto.KeyVault;
import dev.cascade.ledger.crypto.SignatureScheme;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.infinispan.Cache;

/**
 * Custodial keys: the server keeps each enterprise's signing key in a BCFKS keystore protected by
 * the deployment secret ({@code cascade.custody.secret}), in the replicated {@code cascade/custody}
 * cache, so every node can sign for every custodial enterprise. Enterprises that sign for
 * themselves have no keystore here.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Custody {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Resource(lookup = LedgerResources.CUSTODY_CACHE)
  private Cache<String, byte[]> keystores;

  @Inject private LedgerSettings settings;

  private final Map<String, PrivateKey> opened = new ConcurrentHashMap<>();

  /** The public key of {@code owner}'s custodial key, made now if it has none. */
  public byte[] keyFor(String owner) {
    Optional<byte[]> keystore = Optional.ofNullable(keystores.get(owner));
    if (keystore.isPresent()) {
      return vault().publicKey(owner, keystore.get());
    }
    SignatureScheme scheme = settings.ledger().scheme();
    KeyPair keys = scheme.generateKeyPair(RANDOM);
    keystores.put(owner, vault().seal(owner, keys));
    return keys.getPublic().getEncoded();
  }

  public boolean holds(String owner) {
    return keystores.containsKey(owner);
  }

  /**
   * Signs with {@code owner}'s custodial key.
   *
   * @throws CustodyException when the server does not hold a key for {@code owner}
   */
  public byte[] sign(String owner, byte[] message) {
    return settings.ledger().scheme().sign(privateKey(owner), message);
  }

  /** The private key; kept opened in memory, because opening a BCFKS store is slow on purpose. */
  public PrivateKey privateKey(String owner) {
    PrivateKey key = opened.get(owner);
    if (key == null) {
      byte[] keystore = keystores.get(owner);
      if (keystore == null) {
        throw new CustodyException(
            "the server holds no key for "
                + owner
                + ": it signs its own transactions (POST /api/transactions)");
      }
      key = vault().open(owner, keystore);
      opened.put(owner, key);
    }
    return key;
  }

  private KeyVault vault() {
    return new KeyVault(
        settings.ledger().scheme(),
        settings
            .custodySecret()
            .orElseThrow(
                () ->
                    new CustodyException(
                        "custodial signing needs the deployment secret: set the system property"
                            + " cascade.custody.secret")));
  }
}
