/**
 * WHAT-IF simulations over REST: start one on the node's portfolio, follow it, fetch its results,
 * cancel it, and export the portfolio as the file {@code rcl simulate} reads. Thin: the transfer
 * object is validated here, the ledger's simulation service does the work.
 */
package dev.cascade.web.simulation;
