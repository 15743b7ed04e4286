package dev.cascade.ledger.infrastructure;

import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.validation.Programmes;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.infinispan.Cache;

/**
 * The node's one {@link Ledger} over the replicated ledger cache. The cache proxy joins whatever
 * JTA transaction the caller runs in; the compiled contracts are kept per node.
 */
@ApplicationScoped
public class LedgerFactory {

  @Resource(lookup = LedgerResources.LEDGER_CACHE)
  private Cache<String, byte[]> cache;

  @Inject private LedgerSettings settings;

  private InfinispanLedgerStore store;
  private Ledger ledger;

  @PostConstruct
  void open() {
    store = new InfinispanLedgerStore(cache);
    ledger = new Ledger(settings.ledger(), store, new Programmes());
  }

  public Ledger ledger() {
    return ledger;
  }

  public InfinispanLedgerStore store() {
    return store;
  }
}
