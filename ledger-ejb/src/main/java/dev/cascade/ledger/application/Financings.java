package dev.cascade.ledger.application;

import dev.cascade.contract.runtime.AutomaticAction;
import dev.cascade.contract.runtime.Discount;
import dev.cascade.ledger.domain.Change;
import dev.cascade.ledger.domain.Effect;
import dev.cascade.ledger.domain.Money;
import dev.cascade.ledger.domain.certificate.Certificate;
import dev.cascade.ledger.domain.financing.Financing;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The follow-up transaction after an accepted certificate operation: the contract's automatic
 * actions and, for a financing, what the bank pays: the interest and proceeds the programme's
 * contract set ({@code set operation.interest to …}), or else the default discount ({@link
 * Discount}).
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
    Discount discount =
        Discount.of(
            actions,
            face.amount(),
            finance.yearlyRate(),
            ChronoUnit.DAYS.between(finance.date(), before.maturity()));
    Money charged = new Money(discount.interest(), face.currency());
    if (discount.byDefault()) {
      rendered.add("default discount: interest " + charged);
    }
    return new FollowUp(
        cause,
        before.id(),
        rendered,
        List.of(
            new Change.FinancingRecorded(
                new Financing(
                    before.id(),
                    finance.bank(),
                    charged,
                    new Money(discount.proceeds(), face.currency())))));
  }

  /** What a follow-up says a financing paid, if it records one. */
  static Optional<Financing> of(FollowUp followUp) {
    return followUp.changes().stream()
        .filter(Change.FinancingRecorded.class::isInstance)
        .map(c -> ((Change.FinancingRecorded) c).financing())
        .findFirst();
  }

  private static List<String> rendered(List<AutomaticAction> actions) {
    return actions.stream().map(AutomaticAction::render).toList();
  }
}
