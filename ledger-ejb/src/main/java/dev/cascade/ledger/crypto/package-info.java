/**
 * Hashes and signatures, chosen per deployment: SM3 and SM2 (China's national standards) or SHA-256
 * and Ed25519. Bouncy Castle provides all of them; one provider instance from the bundled jar is
 * used, never a provider looked up by name (WildFly registers its own, older one).
 */
package dev.cascade.ledger.crypto;
