package dev.cascade.ledger.application;

import dev.cascade.contract.runtime.AutomaticAction;
import dev.cascade.contract.runtime.Value;
import dev.cascade.ledger.domain.Change;
import dev.cascade.ledger.domain.Effect;
import dev.cascade.ledger.domain.Money;
import dev.cascade.ledger.domain.certificate.Certificate;
import dev.cascade.ledger.domain.financing.Financing;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The follow-up transaction after an accepted certificate operation: the contract's automatic
 * actions and, for a financing, what the bank pays: the interest and proceeds the programme's
 * contract set ({@code set operation.interest to …}), or else the default discount ({@link
 * Financing#defaultInterest}).
 */
final class Financings {

  private Financings() {}

  /** The follow-up of {@code operation}, if it has one. */
  static Optional<FollowUp> followUp(
      String cause,
      Operation.OnCertificate operation,
      Effect effect,
      List<AutomaticAction> actions) {
    if (operation instanceof Operation.Finance finance) {
      return Optional.of(financed(cause, finance, effect.before().orElseThrow(), actions));
    }
    return actions.isEmpty()
        ? Optional.empty()
        : Optional.of(new FollowUp(cause, operation.certificateId(), rendered(actions), List.of()));
  }

  private static FollowUp financed(
      String cause, Operation.Finance finance, Certificate before, List<AutomaticAction> actions) {
    Money face = before.amount();
    List<String> rendered = new ArrayList<>(rendered(actions));
    Money charged =
        set(actions, "operation.interest", face)
            .orElseGet(
                () -> {
                  Money interest =
                      Financing.defaultInterest(
                          face,
                          finance.yearlyRate(),
                          ChronoUnit.DAYS.between(finance.date(), before.maturity()));
                  rendered.add("default discount: interest " + interest);
                  return interest;
                });
    Money proceeds = set(actions, "operation.proceeds", face).orElse(face.minus(charged));
    return new FollowUp(
        cause,
        before.id(),
        rendered,
        List.of(
            new Change.FinancingRecorded(
                new Financing(before.id(), finance.bank(), charged, proceeds))));
  }

  /** What a follow-up says a financing paid, if it records one. */
  static Optional<Financing> of(FollowUp followUp) {
    return followUp.changes().stream()
        .filter(Change.FinancingRecorded.class::isInstance)
        .map(c -> ((Change.FinancingRecorded) c).financing())
        .findFirst();
  }

  private static Optional<Money> set(List<AutomaticAction> actions, String field, Money like) {
    for (AutomaticAction action : actions) {
      if (action instanceof AutomaticAction.SetField set
          && set.field().equals(field)
          && set.value() instanceof Value.Numeric numeric) {
        return Optional.of(
            new Money(
                numeric.value().setScale(like.amount().scale(), RoundingMode.HALF_EVEN),
                like.currency()));
      }
    }
    return Optional.empty();
  }

  private static List<String> rendered(List<AutomaticAction> actions) {
    return actions.stream().map(AutomaticAction::render).toList();
  }
}
