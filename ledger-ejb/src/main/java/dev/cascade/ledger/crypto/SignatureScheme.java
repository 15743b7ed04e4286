package dev.cascade.ledger.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.jcajce.spec.EdDSAParameterSpec;

/** How enterprises and block producers sign: SM2 with SM3, or Ed25519, per deployment. */
public enum SignatureScheme {
  SM2("EC", "SM3withSM2"),
  ED25519("Ed25519", "Ed25519");

  private final String keyAlgorithm;
  private final String signatureAlgorithm;

  SignatureScheme(String keyAlgorithm, String signatureAlgorithm) {
    this.keyAlgorithm = keyAlgorithm;
    this.signatureAlgorithm = signatureAlgorithm;
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
      Signature signature = Signature.getInstance(signatureAlgorithm, Provider.BOUNCY_CASTLE);
      signature.initSign(key);
      signature.update(message);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with " + this, e);
    }
  }

  /** False for a wrong key, a changed message or a malformed signature; never throws for those. */
  public boolean verify(PublicKey key, byte[] message, byte[] signatureBytes) {
    try {
      Signature signature = Signature.getInstance(signatureAlgorithm, Provider.BOUNCY_CASTLE);
      signature.initVerify(key);
      signature.update(message);
      return signature.verify(signatureBytes);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }
}
