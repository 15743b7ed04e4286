package dev.cascade.ledger.projection;

import dev.cascade.ledger.application.ChainScan;
import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.application.TransactionIndex;
import dev.cascade.ledger.infrastructure.LedgerFactory;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The transaction index as the projection keeps it, by subject; the blocks the projection does not
 * show yet (it follows the chain a little behind) are read from the chain itself, so an answer up
 * to a height is whole whatever the projection's lag.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ProjectedIndex implements TransactionIndex {

  /** Subjects asked for in one query: databases take long IN lists, but not without end. */
  static final int BATCH = 500;

  @PersistenceContext(unitName = "cascade")
  private EntityManager entityManager;

  @Inject private ProjectionFollower follower;
  @Inject private LedgerFactory ledgers;

  @Override
  public List<Indexed> about(Set<String> subjects, long height) {
    // rows above the follower's height may be in the database already; the scan covers them
    long shown = Math.min(height, follower.height());
    List<Indexed> found = new ArrayList<>();
    List<String> all = List.copyOf(subjects);
    for (int from = 0; from < all.size(); from += BATCH) {
      found.addAll(rows(all.subList(from, Math.min(all.size(), from + BATCH)), shown));
    }
    found.addAll(new ChainScan(ledgers.ledger(), shown).about(subjects, height));
    return found;
  }

  private List<Indexed> rows(List<String> subjects, long upTo) {
    return entityManager
        .createQuery(
            "SELECT t.height, t.position, t.operation, t.signer, t.subject, b.time"
                + " FROM TransactionRow t, BlockRow b"
                + " WHERE b.height = t.height AND t.subject IN :subjects AND t.height <= :upTo"
                + " ORDER BY t.height, t.position",
            Object[].class)
        .setParameter("subjects", subjects)
        .setParameter("upTo", upTo)
        .getResultStream()
        .map(
            row ->
                new Indexed(
                    new Ledger.Location(
                        ((Number) row[0]).longValue(), ((Number) row[1]).intValue()),
                    (String) row[2],
                    (String) row[3],
                    (String) row[4],
                    ((Number) row[5]).longValue()))
        .toList();
  }
}
