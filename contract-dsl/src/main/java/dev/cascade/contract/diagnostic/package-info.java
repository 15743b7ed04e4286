/**
 * Diagnostics in the analyst's terms: a code, a position, a message and a hint, in English or
 * Chinese. Every phase reports through {@link dev.cascade.contract.diagnostic.Diagnostics}.
 */
package dev.cascade.contract.diagnostic;
