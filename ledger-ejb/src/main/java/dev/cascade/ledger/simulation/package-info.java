/**
 * WHAT-IF simulations on a node: the node's portfolio exported from a fork of its state at its head
 * ({@link dev.cascade.ledger.simulation.PortfolioExport}), and scenarios run over it on the
 * container's threads with the programme's own compiled rules ({@link
 * dev.cascade.ledger.simulation.SimulationService}). A simulation reads an immutable copy of the
 * state; it never writes to the ledger.
 */
package dev.cascade.ledger.simulation;
