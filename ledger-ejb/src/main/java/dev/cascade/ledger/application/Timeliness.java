package dev.cascade.ledger.application;

import dev.cascade.ledger.transaction.Rejection;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Dates an operation states, held against the block day it is judged on: a certificate is issued no
 * later than today and matures after it (so its maturity events still lie ahead), and a bank
 * finances today or yesterday (a submission made just before midnight), never on a chosen date that
 * would change the interest.
 */
final class Timeliness {

  static final String RULE = "dates agree with the block day";

  private Timeliness() {}

  static Optional<Rejection> check(Operation operation, LocalDate today) {
    if (operation instanceof Operation.Issue issue) {
      if (issue.issued().isAfter(today)) {
        return reject("the issue date " + issue.issued() + " is after today, " + today);
      }
      if (!issue.maturity().isAfter(today)) {
        return reject("the maturity " + issue.maturity() + " is not after today, " + today);
      }
    }
    if (operation instanceof Operation.Finance finance
        && (finance.date().isAfter(today) || finance.date().isBefore(today.minusDays(1)))) {
      return reject(
          "a financing is dated the day it happens, " + today + ", not " + finance.date());
    }
    return Optional.empty();
  }

  private static Optional<Rejection> reject(String message) {
    return Optional.of(new Rejection(RULE, message));
  }
}
