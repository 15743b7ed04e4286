/** Enterprises and their roles: registered and approved by the operator; who may act, and how. */
package dev.cascade.ledger.domain.enterprise;
