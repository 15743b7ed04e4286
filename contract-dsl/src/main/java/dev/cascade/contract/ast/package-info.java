/**
 * The RCL syntax tree: immutable records that every phase after parsing works on. Parser types
 * never appear here.
 */
package dev.cascade.contract.ast;
