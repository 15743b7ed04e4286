/** The programme's contract: deployed by the operator, chosen for new certificates. */
package dev.cascade.ledger.domain.programme;
