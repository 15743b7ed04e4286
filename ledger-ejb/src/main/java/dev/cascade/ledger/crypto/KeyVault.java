package dev.cascade.ledger.crypto;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * One enterprise's custodial key in a BCFKS keystore (Bouncy Castle's FIPS-style keystore:
 * PBKDF2-derived key, AES-CCM encrypted, integrity-checked), protected by the deployment's secret.
 * The keystore bytes can live anywhere — the replicated custody cache keeps them — and are useless
 * without the secret.
 */
public final class KeyVault {

  private static final String TYPE = "BCFKS";
  private static final String ALIAS = "signing";

  private final SignatureScheme scheme;
  private final char[] secret;

  public KeyVault(SignatureScheme scheme, char[] secret) {
    if (secret.length < 12) {
      throw new IllegalArgumentException("the custody secret must be at least 12 characters long");
    }
    this.scheme = scheme;
    this.secret = secret.clone();
  }

  /** A keystore holding {@code keys} for {@code owner}, with a self-signed certificate. */
  public byte[] seal(String owner, KeyPair keys) {
    try {
      KeyStore store = KeyStore.getInstance(TYPE, Provider.BOUNCY_CASTLE);
      store.load(null, null);
      store.setKeyEntry(
          ALIAS, keys.getPrivate(), secret, new Certificate[] {certificate(owner, keys)});
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      store.store(out, secret);
      return out.toByteArray();
    } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
      throw new IllegalStateException("cannot keep the key of " + owner + " in a keystore", e);
    }
  }

  /**
   * The private key in a keystore made by {@link #seal}.
   *
   * @throws IllegalStateException when the secret is wrong or the bytes were changed
   */
  public PrivateKey open(String owner, byte[] keystore) {
    try {
      KeyStore store = KeyStore.getInstance(TYPE, Provider.BOUNCY_CASTLE);
      store.load(new ByteArrayInputStream(keystore), secret);
      return (PrivateKey) store.getKey(ALIAS, secret);
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException(
          "the keystore of " + owner + " cannot be opened with this deployment's secret", e);
    }
  }

  /** The public key in a keystore made by {@link #seal}, without the secret's help. */
  public byte[] publicKey(String owner, byte[] keystore) {
    try {
      KeyStore store = KeyStore.getInstance(TYPE, Provider.BOUNCY_CASTLE);
      store.load(new ByteArrayInputStream(keystore), secret);
      return store.getCertificate(ALIAS).getPublicKey().getEncoded();
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException(
          "the keystore of " + owner + " cannot be opened with this deployment's secret", e);
    }
  }

  private X509Certificate certificate(String owner, KeyPair keys)
      throws OperatorCreationException, GeneralSecurityException {
    X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, owner).build();
    Instant now = Instant.now();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            name,
            BigInteger.valueOf(now.toEpochMilli()),
            Date.from(now.minus(1, ChronoUnit.DAYS)),
            Date.from(now.plus(3650, ChronoUnit.DAYS)),
            name,
            keys.getPublic());
    return new JcaX509CertificateConverter()
        .setProvider(Provider.BOUNCY_CASTLE)
        .getCertificate(
            builder.build(
                new JcaContentSignerBuilder(scheme.signatureAlgorithm())
                    .setProvider(Provider.BOUNCY_CASTLE)
                    .build(keys.getPrivate())));
  }
}
