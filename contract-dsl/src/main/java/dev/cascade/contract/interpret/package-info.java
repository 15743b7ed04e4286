/**
 * The reference semantics of RCL: a tree-walking interpreter over checked contracts. Arithmetic is
 * exact {@link java.math.BigDecimal}; money produced by × or ÷ is rounded to the currency's scale
 * with the contract's rounding mode. The compiler must agree with this package on every input.
 */
package dev.cascade.contract.interpret;
