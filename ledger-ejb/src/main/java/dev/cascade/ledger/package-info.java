/**
 * The receivable ledger: transactions, validation, blocks and the replicated chain, offered as EJB
 * services to the web layer.
 */
package dev.cascade.ledger;
