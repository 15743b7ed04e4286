/**
 * The receivable domain: money, enterprises, certificates with their lineage, and the invariants no
 * contract can switch off — only the holder moves a certificate, value is conserved through every
 * split and transfer, an invoice backs at most one issuance or financing, a pledged or financed
 * part is not pledged or financed again, and nothing happens to a settled or cancelled certificate.
 */
package dev.cascade.ledger.domain;
