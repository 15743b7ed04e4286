package dev.cascade.ledger.domain.document;

import dev.cascade.ledger.crypto.HashAlgorithm;
import dev.cascade.ledger.domain.Change;
import dev.cascade.ledger.domain.Identifiers;
import dev.cascade.ledger.domain.InvariantViolation;
import dev.cascade.ledger.domain.enterprise.Enterprise;
import dev.cascade.ledger.domain.enterprise.Enterprises;
import dev.cascade.ledger.domain.enterprise.Parties;
import java.util.List;
import java.util.Optional;

/**
 * Anchoring trade documents: the seller or the buyer puts a document's content hash on the ledger,
 * once. An invoice is also known by its fingerprint (seller's tax id, number, amount, date), so the
 * same invoice anchored again under another id still backs one issuance only.
 */
public final class DocumentHandlers {

  public static final String ANCHORED = "certificates are issued against an anchored invoice";

  private final Documents documents;
  private final Enterprises enterprises;
  private final HashAlgorithm hash;

  public DocumentHandlers(Documents documents, Enterprises enterprises, HashAlgorithm hash) {
    this.documents = documents;
    this.enterprises = enterprises;
    this.hash = hash;
  }

  /**
   * {@code signer} anchors {@code stated}: the document as its seller or buyer states it; its
   * fingerprint is worked out here, whatever was stated.
   */
  public List<Change> anchor(String signer, TradeDocument stated) {
    Identifiers.requireId("the document id", stated.id());
    Identifiers.requireName("the seller", stated.seller());
    Identifiers.requireName("the buyer", stated.buyer());
    Identifiers.requireText("a document number", stated.number());
    if (!stated.contentHash().matches("[0-9a-f]{64,128}")) {
      throw new InvariantViolation(
          Identifiers.WELL_FORMED, "the content hash is 64 to 128 lower-case hex digits");
    }
    Optional<Enterprise> seller = enterprises.enterprise(stated.seller());
    if (seller.isPresent() && !seller.get().taxId().equals(stated.sellerTaxId())) {
      throw new InvariantViolation(
          ANCHORED,
          "the seller's tax id is "
              + seller.get().taxId()
              + " on the ledger, not "
              + stated.sellerTaxId());
    }
    if (!signer.equals(stated.seller()) && !signer.equals(stated.buyer())) {
      throw new InvariantViolation(
          Parties.ROLE, signer + " is neither seller nor buyer of " + stated.id());
    }
    if (documents.document(stated.id()).isPresent()) {
      throw new InvariantViolation(
          Identifiers.UNIQUE, "document " + stated.id() + " is anchored already");
    }
    String fingerprint =
        stated.kind() == TradeDocument.Kind.INVOICE
            ? InvoiceFingerprint.of(
                    hash, stated.sellerTaxId(), stated.number(), stated.amount(), stated.date())
                .hex()
            : "";
    return List.of(
        new Change.DocumentAnchored(
            new TradeDocument(
                stated.id(),
                stated.kind(),
                stated.number(),
                stated.seller(),
                stated.sellerTaxId(),
                stated.buyer(),
                stated.amount(),
                stated.date(),
                stated.contentHash(),
                fingerprint)));
  }
}
