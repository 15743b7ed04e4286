package dev.cascade.ledger.application;

import dev.cascade.contract.runtime.AutomaticAction;
import dev.cascade.contract.runtime.Value;
import dev.cascade.ledger.domain.Certificate;
import dev.cascade.ledger.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a bank pays for a certificate it finances: the interest and proceeds the programme's
 * contract set ({@code set operation.interest to …}), or else the default discount formula,
 * interest = face × yearly rate × days ÷ 360, rounded half-even to the currency's minor unit.
 */
final class Financings {

  static final int DEFAULT_BASIS = 360;

  private Financings() {}

  /** The follow-up transaction recording a financing and the contract's other actions. */
  static Optional<FollowUp> followUp(
      String cause,
      Operation.OnCertificate operation,
      Staged staged,
      List<AutomaticAction> actions) {
    if (!(operation instanceof Operation.Finance finance)) {
      return actions.isEmpty()
          ? Optional.empty()
          : Optional.of(
              new FollowUp(cause, operation.certificateId(), rendered(actions), Map.of()));
    }
    Certificate before = staged.before().orElseThrow();
    Money face = before.amount();
    Optional<Money> interest = set(actions, "operation.interest", face);
    List<String> rendered = new ArrayList<>(rendered(actions));
    Money charged =
        interest.orElseGet(
            () -> {
              long days = ChronoUnit.DAYS.between(finance.date(), before.maturity());
              BigDecimal amount =
                  face.amount()
                      .multiply(finance.yearlyRate())
                      .multiply(BigDecimal.valueOf(days))
                      .divide(
                          BigDecimal.valueOf(DEFAULT_BASIS),
                          face.amount().scale(),
                          RoundingMode.HALF_EVEN);
              rendered.add("default discount: interest " + new Money(amount, face.currency()));
              return new Money(amount, face.currency());
            });
    Money proceeds = set(actions, "operation.proceeds", face).orElse(face.minus(charged));
    StateCodec.Financing financing =
        new StateCodec.Financing(before.id(), finance.bank(), charged, proceeds);
    return Optional.of(
        new FollowUp(
            cause,
            before.id(),
            rendered,
            Map.of(Keys.FINANCING + before.id(), StateCodec.financing(financing))));
  }

  static Optional<StateCodec.Financing> of(FollowUp followUp) {
    return followUp.writes().entrySet().stream()
        .filter(e -> e.getKey().startsWith(Keys.FINANCING))
        .findFirst()
        .map(e -> StateCodec.financing(e.getValue()));
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
