/**
 * Resource bounds in place of run-time gas: each rule's worst-case number of steps as a polynomial
 * in the size of the lists it walks, and a limit a contract must stay under to compile.
 */
package dev.cascade.contract.cost;
