package dev.cascade.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cascade.ledger.application.Keys;
import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.chain.Block;
import dev.cascade.ledger.chain.ChainReport;
import dev.cascade.ledger.infrastructure.LedgerResources;
import dev.cascade.ledger.service.LedgerService;
import dev.cascade.testsupport.CascadeEar;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.infinispan.Cache;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Someone with access to a node's cache changes one byte of a stored block or of a world-state
 * entry: verification finds it and names the height it belongs to. Runs inside the server, next to
 * the cache, and puts every byte back afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class TamperIT {

  @Resource(lookup = LedgerResources.LEDGER_CACHE)
  private Cache<String, byte[]> cache;

  @Inject private LedgerService ledger;

  /** The EAR as built, with this test in its library folder, where the web module sees it. */
  @Deployment
  static EnterpriseArchive ear() {
    return CascadeEar.fromBuild()
        .addAsLibrary(
            org.jboss.shrinkwrap.api.ShrinkWrap.create(
                    org.jboss.shrinkwrap.api.spec.JavaArchive.class, "tamper-test.jar")
                .addClass(TamperIT.class));
  }

  @Test
  void aFlippedByteInAStoredBlockIsFoundAtItsHeight() {
    assertTrue(ledger.verify().sound(), "the ledger is sound before it is touched");
    long height = ledger.head().orElseThrow().height() / 2;

    ChainReport report = tampered(Keys.block(height), 40);

    assertEquals(height, report.failure().orElseThrow().height(), report.toString());
    assertTrue(ledger.verify().sound(), "sound again once the byte is back");
  }

  @Test
  void aFlippedByteInAWorldStateEntryIsFoundAtTheHeightThatWroteIt() {
    assertTrue(ledger.verify().sound(), "the ledger is sound before it is touched");
    String certificate = "GA-0002-T1";

    ChainReport report = tampered(Keys.CERTIFICATE + certificate, 10);

    assertEquals(
        lastHeightActingOn(certificate),
        report.failure().orElseThrow().height(),
        report.toString());
    assertTrue(report.failure().orElseThrow().reason().contains(certificate), report.toString());
    assertTrue(ledger.verify().sound(), "sound again once the byte is back");
  }

  /** Verifies with one byte of {@code key} flipped, then puts it back. */
  private ChainReport tampered(String key, int offset) {
    byte[] original = cache.get(key);
    byte[] changed = original.clone();
    changed[offset] ^= 0x01;
    cache.put(key, changed);
    try {
      return ledger.verify();
    } finally {
      cache.put(key, original);
    }
  }

  private long lastHeightActingOn(String certificate) {
    for (long height = ledger.head().orElseThrow().height(); height >= 0; height--) {
      Block block = ledger.block(height).orElseThrow();
      for (byte[] entry : block.transactions()) {
        if (Ledger.describe(entry).subject().equals(certificate)) {
          return height;
        }
      }
    }
    throw new AssertionError("no transaction acted on " + certificate);
  }
}
