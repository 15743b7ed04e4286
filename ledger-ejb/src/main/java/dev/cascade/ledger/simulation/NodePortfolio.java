package dev.cascade.ledger.simulation;

import dev.cascade.contract.simulate.Portfolio;

/** A node's portfolio as its state stood after block {@code height}. */
public record NodePortfolio(long height, Portfolio portfolio) {}
