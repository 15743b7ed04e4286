/**
 * The interfaces layer: a thin JSON REST API over the ledger's EJB services. Transfer objects keep
 * domain types out of JSON; every error is {@code application/problem+json}.
 */
package dev.cascade.web;
