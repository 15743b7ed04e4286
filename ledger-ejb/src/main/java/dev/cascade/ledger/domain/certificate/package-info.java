/**
 * Certificates, the aggregate at the centre: issued against an anchored invoice, accepted,
 * transferred, split, financed, pledged, released, paid. {@link
 * dev.cascade.ledger.domain.certificate.Certificate} keeps the rules of one certificate; {@link
 * dev.cascade.ledger.domain.certificate.CertificateHandlers} the rules across the ledger, read
 * through the typed ports the world state implements.
 */
package dev.cascade.ledger.domain.certificate;
