/** Trade documents anchored by hash; an invoice's fingerprint makes it back one issuance only. */
package dev.cascade.ledger.domain.document;
