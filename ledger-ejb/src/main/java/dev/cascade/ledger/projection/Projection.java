package dev.cascade.ledger.projection;

import dev.cascade.ledger.application.Keys;
import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.application.StateCodec;
import dev.cascade.ledger.chain.Block;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The query projection in the database: the world-state entries each committed block wrote,
 * mirrored into rows, and the block and its transactions into the index, in one database
 * transaction per batch of blocks ({@link ProjectionFollower} calls it after the blocks have
 * committed, off the block producer's path). The block rows say how far the projection has come:
 * they are written in the same transaction as the rows they cover. Rebuilding applies the same two
 * steps to the whole state and chain, so a rebuilt projection is the projection.
 */
@Stateless
public class Projection {

  @PersistenceContext(unitName = "cascade")
  private EntityManager entityManager;

  /**
   * Mirrors blocks into the projection, in a transaction of its own: the entries of {@code state}
   * under {@code keys} into rows, then each block into the index.
   *
   * @param fresh whether no document under {@code keys} has a row yet (a document is anchored once
   *     and never changes, so its row is inserted without looking first)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void project(
      List<Block> blocks,
      Collection<String> keys,
      Map<String, byte[]> state,
      boolean fresh,
      Ledger ledger) {
    apply(keys, state, fresh);
    blocks.forEach(block -> index(block, ledger));
  }

  /** Drops every row and mirrors {@code state} and {@code blocks} again, in one transaction. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void rebuild(Map<String, byte[]> state, List<Block> blocks, Ledger ledger) {
    clear();
    project(blocks, state.keySet(), state, true, ledger);
  }

  private void apply(Collection<String> keys, Map<String, byte[]> state, boolean fresh) {
    for (String key : keys) {
      byte[] value = state.get(key);
      if (value == null) {
        continue; // nothing is removed from the world state; a key without a value has no row
      }
      if (key.startsWith(Keys.CERTIFICATE)) {
        entityManager.merge(new CertificateRow(StateCodec.certificate(value)));
      } else if (key.startsWith(Keys.ENTERPRISE)) {
        entityManager.merge(new EnterpriseRow(StateCodec.enterprise(value)));
      } else if (key.startsWith(Keys.DOCUMENT)) {
        DocumentRow row = new DocumentRow(StateCodec.document(value));
        if (fresh) {
          entityManager.persist(row);
        } else {
          entityManager.merge(row);
        }
      }
    }
  }

  /** Adds a sealed block and its transactions to the index. */
  private void index(Block block, Ledger ledger) {
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
  private void clear() {
    for (String entity :
        List.of("TransactionRow", "BlockRow", "DocumentRow", "CertificateRow", "EnterpriseRow")) {
      entityManager.createQuery("DELETE FROM " + entity).executeUpdate();
    }
  }

  /** The height and hash of the last block the projection has indexed. */
  public Optional<Head> head() {
    return entityManager
        .createQuery(
            "SELECT b.height, b.hash FROM BlockRow b ORDER BY b.height DESC", Object[].class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(row -> new Head(((Number) row[0]).longValue(), (String) row[1]));
  }

  /** The last block the projection has indexed. */
  public record Head(long height, String hash) {}
}
