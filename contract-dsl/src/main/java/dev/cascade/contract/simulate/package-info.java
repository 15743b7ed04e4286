/**
 * WHAT-IF: runs a contract's scenarios over a portfolio of receivables, day by day over the
 * horizon, with the programme's own compiled rules deciding every financing, issuance and maturity,
 * and Monte Carlo runs drawn from a seed. {@link Portfolio} is what is simulated (read from a file
 * by {@link PortfolioFile}, made up by {@link PortfolioGenerator}, or exported by a ledger node);
 * {@link Behaviour} is how its parties act; {@link Simulator} runs a scenario and {@link Results}
 * is what it measured, with the scenario's expectations judged.
 */
package dev.cascade.contract.simulate;
