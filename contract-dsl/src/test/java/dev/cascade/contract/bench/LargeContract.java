package dev.cascade.contract.bench;

/** A generated contract of many realistic rules, the same text for the same size. */
public final class LargeContract {

  private LargeContract() {}

  public static String withRules(int rules) {
    StringBuilder text =
        new StringBuilder(
            """
            contract "generated programme" version 1
            currency CNY

            parameters
              minimum split  = CNY 1,000.00
              maximum tenor  = 180 days
              discount basis = 360
              penalty rate   = 0.05% per day

            """);
    for (int i = 0; i < rules; i++) {
      text.append(rule(i));
    }
    return text.toString();
  }

  private static String rule(int i) {
    return switch (i % 5) {
      case 0 ->
          """
          rule "tenor %d"
            when issue
            if certificate.maturity - certificate.issued > maximum tenor - %d days
               and certificate.amount >= CNY %d,000.00
            then reject "tenor {certificate.maturity - certificate.issued} too long for rule %d"
          """
              .formatted(i, i % 30, i % 900 + 1, i);
      case 1 ->
          """
          rule "split %d"
            when split
            if sum of parts.amount <> certificate.amount or count of parts > %d
            then reject "parts add up to {sum of parts.amount}"
          """
              .formatted(i, i % 7 + 2);
      case 2 ->
          """
          rule "minimum part %d"
            when split
            if any part in parts has part.amount < minimum split * %d
            then reject "every part must be at least {minimum split}"
          """
              .formatted(i, i % 3 + 1);
      case 3 ->
          """
          rule "interest %d"
            when finance
            if operation.rate > %d.5%% per year and not certificate.financed
            then set operation.fee to operation.amount * operation.rate * operation.days / discount basis
          """
              .formatted(i, i % 9);
      default ->
          """
          rule "overdue %d"
            when every day
            if certificate.state = "overdue" and today - certificate.maturity > %d days
            then accrue penalty of certificate.amount * penalty rate * (today - certificate.maturity)
                 notify guarantor
          """
              .formatted(i, i % 60);
    };
  }
}
