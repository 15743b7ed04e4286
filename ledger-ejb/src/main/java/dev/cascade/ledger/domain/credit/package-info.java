/** Credit lines banks grant core enterprises, their totals, and what open certificates use. */
package dev.cascade.ledger.domain.credit;
