/**
 * Financing: what a bank charges and pays for a certificate it finances, and the default discount.
 */
package dev.cascade.ledger.domain.financing;
