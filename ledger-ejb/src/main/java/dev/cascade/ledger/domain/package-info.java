/**
 * The receivable domain: money, enterprises, certificates with their lineage, and the invariants no
 * contract can switch off — only the holder moves a certificate, value is conserved through every
 * split and transfer, an invoice backs at most one issuance or financing, a pledged or financed
 * part is not pledged or financed again, and nothing happens to a settled or cancelled certificate.
 *
 * <p>One sub-package per aggregate (certificate, enterprise, document, credit, financing,
 * programme) holds the entity, the port through which its handlers read the world state, and the
 * handlers: one method per operation, which checks who may do it and returns the {@link
 * dev.cascade.ledger.domain.Change}s it makes, or throws an {@link
 * dev.cascade.ledger.domain.InvariantViolation} naming the rule. Handlers write nothing; the same
 * state and operation give the same changes on every node.
 */
package dev.cascade.ledger.domain;
