/** The {@code rcl} command line: check, explain and test contracts. */
package dev.cascade.contract.cli;
