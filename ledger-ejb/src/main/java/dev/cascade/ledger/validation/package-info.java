/**
 * Validation: the programme's compiled RCL contract applied to a domain operation, through the
 * views the contract runtime defines.
 */
package dev.cascade.ledger.validation;
