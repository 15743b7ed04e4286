package dev.cascade.ledger.transaction;

/**
 * Why the ledger refused a transaction: the rule, in the words users know it by, and the message.
 * Nothing was changed.
 */
public record Rejection(String rule, String message) {}
