package dev.cascade.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cascade.ledger.application.Keys;
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
 * Someone with access to a node's cache changes one byte of a stored block: verification finds it
 * and names the height. The cache holds nothing else to change: no world state, which each node
 * derives from the blocks. Runs inside the server, next to the cache, and puts every byte back
 * afterwards.
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
  void theReplicatedCacheHoldsTheChainAndNoWorldState() {
    long head = ledger.head().orElseThrow().height();
    for (String key : cache.keySet()) {
      assertTrue(
          key.startsWith(Keys.CHAIN) || key.startsWith(Keys.QUEUED),
          key + " is neither a block, the head, a chain record, nor a transaction answered 202");
    }
    for (long height = 0; height <= head; height++) {
      assertTrue(cache.containsKey(Keys.block(height)), "block " + height + " is stored");
    }
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
}
