package dev.cascade.ledger.projection;

import dev.cascade.ledger.application.Keys;
import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.application.StateCodec;
import dev.cascade.ledger.chain.Block;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The query projection in the database: every world-state write of an accepted transaction is
 * mirrored into rows in the same JTA transaction, and every sealed block into the block and
 * transaction index. Rebuilding applies the same two steps to a replayed chain, so a rebuilt
 * projection is the projection.
 */
@Stateless
public class Projection {

  @PersistenceContext(unitName = "cascade")
  private EntityManager entityManager;

  /** Mirrors world-state writes into rows. */
  public void apply(Map<String, byte[]> writes) {
    writes.forEach(
        (key, value) -> {
          if (key.startsWith(Keys.CERTIFICATE)) {
            entityManager.merge(new CertificateRow(StateCodec.certificate(value)));
          } else if (key.startsWith(Keys.ENTERPRISE)) {
            entityManager.merge(new EnterpriseRow(StateCodec.enterprise(value)));
          } else if (key.startsWith(Keys.DOCUMENT)) {
            // a document is anchored once and never changes
            entityManager.persist(new DocumentRow(StateCodec.document(value)));
          }
        });
  }

  /** Adds a sealed block and its transactions to the index. */
  public void index(Block block, Ledger ledger) {
    entityManager.persist(
        new BlockRow(
            block.height(),
            HexFormat.of().formatHex(block.hash(ledger.settings().hash())),
            block.time(),
            block.transactions().size()));
    List<byte[]> entries = block.transactions();
    for (int i = 0; i < entries.size(); i++) {
      Ledger.Entry entry = Ledger.describe(entries.get(i));
      entityManager.persist(
          new TransactionRow(
              ledger.transactionId(entries.get(i)),
              block.height(),
              i,
              entry.operation(),
              entry.signer(),
              entry.subject()));
    }
  }

  /** Drops every row. */
  public void clear() {
    for (String entity :
        List.of("TransactionRow", "BlockRow", "DocumentRow", "CertificateRow", "EnterpriseRow")) {
      entityManager.createQuery("DELETE FROM " + entity).executeUpdate();
    }
  }

  /** The height and hash of the last block the projection has indexed. */
  public Optional<String> headHash() {
    return entityManager
        .createQuery("SELECT b.hash FROM BlockRow b ORDER BY b.height DESC", String.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
