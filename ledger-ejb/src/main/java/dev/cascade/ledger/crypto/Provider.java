package dev.cascade.ledger.crypto;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** The one Bouncy Castle provider instance Cascade uses, from its own bundled jar. */
final class Provider {

  static final java.security.Provider BOUNCY_CASTLE = new BouncyCastleProvider();

  private Provider() {}
}
