/**
 * Errors as RFC 9457 {@code application/problem+json}: what went wrong in the caller's terms, never
 * a stack trace.
 */
package dev.cascade.web.problem;
