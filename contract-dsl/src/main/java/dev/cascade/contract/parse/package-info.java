/**
 * Parsing: the ANTLR grammar's lexer and parser, syntax errors as diagnostics, and the mapping of
 * the parse tree onto the AST. ANTLR types stay inside this package.
 */
package dev.cascade.contract.parse;
