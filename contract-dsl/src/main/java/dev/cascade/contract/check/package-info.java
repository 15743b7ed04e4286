/**
 * The resolver and type checker: names, fields, units and currencies. Money of different currencies
 * never mixes; money × rate × duration / basis is money; comparing money with a bare number is an
 * error.
 */
package dev.cascade.contract.check;
