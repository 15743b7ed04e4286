package dev.cascade.ledger.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class CheckedTest {

  private static final Rejection LATE = new Rejection("dates agree", "too late");

  @Test
  void aRefusalStopsEveryLaterStepAndKeepsItsReason() {
    AtomicBoolean ran = new AtomicBoolean();
    Checked<Integer> refused = Checked.refused(LATE);

    Checked<String> after =
        refused.then(
            value -> {
              ran.set(true);
              return Checked.passed("never");
            });

    assertThat(ran).isFalse();
    assertThat(after.passed()).isFalse();
    assertThat(after.refusal()).contains(LATE);
    assertThatThrownBy(after::orElseThrow).hasMessage("refused by dates agree: too late");
  }

  @Test
  void aValueThatPassedGoesOnToTheNextCheck() {
    Checked<Integer> passed = Checked.passed(41);

    assertThat(passed.map(v -> v + 1).orElseThrow()).isEqualTo(42);
    assertThat(passed.then(v -> Checked.<Integer>refused(LATE)).refusal()).contains(LATE);
    String folded = passed.fold(r -> "refused", v -> "passed " + v);
    assertThat(folded).isEqualTo("passed 41");
    assertThat(passed.refusal()).isEmpty();
  }
}
