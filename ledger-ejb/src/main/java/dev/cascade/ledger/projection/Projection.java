package dev.cascade.ledger.projection;

import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.application.StateLayout;
import dev.cascade.ledger.chain.Block;
import dev.cascade.ledger.domain.Change;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The query projection in the database: the changes each committed block made, mirrored into rows
 * (certificates, enterprises, documents; the last change of each wins), and the block and its
 * transactions into the index, in one database transaction per batch of blocks ({@link
 * ProjectionFollower} calls it after the blocks have committed, off the block producer's path). The
 * block rows say how far the projection has come: they are written in the same transaction as the
 * rows they cover. Rebuilding applies the same two steps to the whole state and chain, so a rebuilt
 * projection is the projection.
 */
@Stateless
public class Projection {

  @PersistenceContext(unitName = "cascade")
  private EntityManager entityManager;

  /**
   * Mirrors blocks into the projection, in a transaction of its own: the changes they made into
   * rows, then each block into the index.
   *
   * @param changes the changes the blocks made, in order
   * @param fresh whether no document these changes anchor has a row yet (a document is anchored
   *     once and never changes, so its row is inserted without looking first)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void project(
      List<Ledger.Described> blocks, List<Change> changes, boolean fresh, Ledger ledger) {
    apply(changes, fresh);
    blocks.forEach(block -> index(block, ledger));
  }

  /** Drops every row and mirrors {@code state} and {@code blocks} again, in one transaction. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void rebuild(Map<String, byte[]> state, List<Ledger.Described> blocks, Ledger ledger) {
    clear();
    project(blocks, StateLayout.changes(state), true, ledger);
  }

  private void apply(List<Change> changes, boolean fresh) {
    Rows rows = new Rows();
    changes.forEach(change -> change.dispatch(rows));
    rows.certificates.values().forEach(entityManager::merge);
    rows.enterprises.values().forEach(entityManager::merge);
    for (DocumentRow row : rows.documents.values()) {
      if (fresh) {
        entityManager.persist(row);
      } else {
        entityManager.merge(row);
      }
    }
  }

  /** The rows the changes leave, by id: what the projection shows of the world state. */
  private static final class Rows implements Change.Visitor<Void> {
    final Map<String, CertificateRow> certificates = new LinkedHashMap<>();
    final Map<String, EnterpriseRow> enterprises = new LinkedHashMap<>();
    final Map<String, DocumentRow> documents = new LinkedHashMap<>();

    @Override
    public Void certificate(Change.CertificateChanged change) {
      certificates.put(change.certificate().id(), new CertificateRow(change.certificate()));
      return null;
    }

    @Override
    public Void enterprise(Change.EnterpriseChanged change) {
      enterprises.put(change.enterprise().name(), new EnterpriseRow(change.enterprise()));
      return null;
    }

    @Override
    public Void document(Change.DocumentAnchored change) {
      documents.put(change.document().id(), new DocumentRow(change.document()));
      return null;
    }

    // the projection has no rows for the rest of the world state: queries do not ask for it

    @Override
    public Void founded(Change.LedgerFounded change) {
      return null;
    }

    @Override
    public Void invoiceUsed(Change.InvoiceUsed change) {
      return null;
    }

    @Override
    public Void creditLine(Change.CreditLineSet change) {
      return null;
    }

    @Override
    public Void creditTotal(Change.CreditTotalChanged change) {
      return null;
    }

    @Override
    public Void contract(Change.ContractDeployed change) {
      return null;
    }

    @Override
    public Void programme(Change.ProgrammeChosen change) {
      return null;
    }

    @Override
    public Void outstanding(Change.OutstandingChanged change) {
      return null;
    }

    @Override
    public Void financing(Change.FinancingRecorded change) {
      return null;
    }

    @Override
    public Void nonce(Change.NonceAdvanced change) {
      return null;
    }

    @Override
    public Void clock(Change.ClockAdvanced change) {
      return null;
    }
  }

  /** Adds a sealed block and its transactions to the index. */
  private void index(Ledger.Described described, Ledger ledger) {
    Block block = described.block();
    entityManager.persist(
        new BlockRow(
            block.height(),
            HexFormat.of().formatHex(block.hash(ledger.settings().hash())),
            block.time(),
            block.transactions().size()));
    List<Ledger.Entry> entries = described.entries();
    for (int i = 0; i < entries.size(); i++) {
      Ledger.Entry entry = entries.get(i);
      entityManager.persist(
          new TransactionRow(
              entry.id(), block.height(), i, entry.operation(), entry.signer(), entry.subject()));
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
