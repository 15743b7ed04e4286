/**
 * The ledger's REST interface: an endpoint for every operation (signed by the server's custodial
 * key for the named signer, or pre-signed by the client), queries answered from the projection, and
 * blocks, transactions and inclusion proofs read from the chain. Thin: validate the request, make
 * domain values, call the ledger service, shape the answer.
 */
package dev.cascade.web.ledger;
