package dev.cascade.ledger.diagnostics;

import dev.cascade.ledger.infrastructure.LedgerResources;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.infinispan.Cache;

/**
 * Writes a probe into the database (JPA, {@code CascadeDS}) and into the replicated diagnostics
 * cache in one JTA transaction, the same way the ledger will write a block and its projection.
 */
@Stateless
public class ProbeService {

  static final int MAX_LABEL_LENGTH = 200;

  @PersistenceContext(unitName = "cascade")
  private EntityManager entityManager;

  @Resource(lookup = LedgerResources.DIAGNOSTICS_CACHE)
  private Cache<String, String> cache;

  /**
   * Writes both records and reads them back inside the transaction.
   *
   * @param failAfterWrite when true, fail after both writes so that the transaction rolls back
   * @throws ProbeRolledBack when {@code failAfterWrite} was asked for
   */
  public ProbeResult write(
      @NotBlank @Size(max = MAX_LABEL_LENGTH) String label, boolean failAfterWrite) {
    String id = UUID.randomUUID().toString();
    // Databases keep microseconds at best; milliseconds read back identically everywhere.
    Instant writtenAt = Instant.now(Clock.systemUTC()).truncatedTo(ChronoUnit.MILLIS);
    entityManager.persist(new Probe(id, label, writtenAt));
    entityManager.flush();
    cache.put(id, new ProbeRecord(label, writtenAt).encode());
    ProbeResult written = find(id);
    if (failAfterWrite) {
      throw new ProbeRolledBack(written);
    }
    return written;
  }

  /** What the database and the cache hold for a probe id. */
  public ProbeResult find(String id) {
    Optional<ProbeRecord> row =
        Optional.ofNullable(entityManager.find(Probe.class, id)).map(Probe::toRecord);
    Optional<ProbeRecord> entry = Optional.ofNullable(cache.get(id)).map(ProbeRecord::decode);
    return new ProbeResult(id, row, entry);
  }
}
