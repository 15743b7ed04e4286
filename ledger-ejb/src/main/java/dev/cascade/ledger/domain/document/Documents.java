package dev.cascade.ledger.domain.document;

import java.util.Optional;

/** The trade documents anchored on the ledger, as the world state holds them. */
public interface Documents {

  Optional<TradeDocument> document(String id);

  /** Whether the invoice with this fingerprint backs an issuance already. */
  boolean invoiceUsed(String fingerprint);
}
