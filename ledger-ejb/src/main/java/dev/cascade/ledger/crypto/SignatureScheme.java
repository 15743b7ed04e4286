package dev.cascade.ledger.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.bouncycastle.jcajce.spec.EdDSAParameterSpec;

/** How enterprises and block producers sign: SM2 with SM3, or Ed25519, per deployment. */
public enum SignatureScheme {
  SM2("EC", "SM3withSM2"),
  ED25519("Ed25519", "Ed25519");

  private final String keyAlgorithm;
  private final String signatureAlgorithm;

  /**
   * Provider look-ups are slow in a modular class loader, so Signature objects are reused (each use
   * starts with an init). A pool rather than thread-locals: a container's threads outlive a
   * deployment.
   */
  private final Queue<Signature> signatures = new ConcurrentLinkedQueue<>();

  SignatureScheme(String keyAlgorithm, String signatureAlgorithm) {
    this.keyAlgorithm = keyAlgorithm;
    this.signatureAlgorithm = signatureAlgorithm;
  }

  private Signature borrow() throws GeneralSecurityException {
    Signature pooled = signatures.poll();
    return pooled != null
        ? pooled
        : Signature.getInstance(signatureAlgorithm, Provider.BOUNCY_CASTLE);
  }

  /** The JCA name of the signature, e.g. {@code SM3withSM2}. */
  public String signatureAlgorithm() {
    return signatureAlgorithm;
  }

  public KeyPair generateKeyPair(SecureRandom random) {
    try {
      KeyPairGenerator generator =
          KeyPairGenerator.getInstance(keyAlgorithm, Provider.BOUNCY_CASTLE);
      if (this == SM2) {
        generator.initialize(new ECGenParameterSpec("sm2p256v1"), random);
      } else {
        generator.initialize(new EdDSAParameterSpec(EdDSAParameterSpec.Ed25519), random);
      }
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot generate " + this + " keys", e);
    }
  }

  public byte[] sign(PrivateKey key, byte[] message) {
    try {
      Signature signature = borrow();
      signature.initSign(key);
      signature.update(message);
      byte[] signed = signature.sign();
      signatures.offer(signature);
      return signed;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with " + this, e);
    }
  }

  /**
   * A public key from its X.509 encoding, as {@link PublicKey#getEncoded()} gives it.
   *
   * @throws IllegalArgumentException when the bytes are not a key of this scheme
   */
  public PublicKey publicKey(byte[] encoded) {
    try {
      PublicKey key =
          KeyFactory.getInstance(keyAlgorithm, Provider.BOUNCY_CASTLE)
              .generatePublic(new X509EncodedKeySpec(encoded));
      if (this == SM2 && !(key instanceof java.security.interfaces.ECPublicKey)) {
        throw new IllegalArgumentException("not an SM2 public key");
      }
      return key;
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not a " + this + " public key: " + e.getMessage(), e);
    }
  }

  /**
   * A private key from its PKCS #8 encoding.
   *
   * @throws IllegalArgumentException when the bytes are not a key of this scheme
   */
  public PrivateKey privateKey(byte[] encoded) {
    try {
      return KeyFactory.getInstance(keyAlgorithm, Provider.BOUNCY_CASTLE)
          .generatePrivate(new PKCS8EncodedKeySpec(encoded));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not a " + this + " private key", e);
    }
  }

  /** False for a wrong key, a changed message or a malformed signature; never throws for those. */
  public boolean verify(PublicKey key, byte[] message, byte[] signatureBytes) {
    try {
      Signature signature = borrow();
      signature.initVerify(key);
      signature.update(message);
      boolean valid = signature.verify(signatureBytes);
      signatures.offer(signature);
      return valid;
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }
}
