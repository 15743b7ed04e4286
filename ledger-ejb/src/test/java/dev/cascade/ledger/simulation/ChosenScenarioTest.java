package dev.cascade.ledger.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cascade.ledger.application.LedgerFixture;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which contract and scenario a simulation request runs, or why none. */
class ChosenScenarioTest {

  private static final String PROGRAMME = LedgerFixture.programme();
  private static final String LATE = "core enterprise pays 60 days late";
  private static final String DEFAULTS = "a tier-2 supplier defaults under a rate shock";

  private static final String ONE_SCENARIO =
      """
      contract "late payer" version 1
      currency CNY

      scenario "late"
        given payments by "Geely Auto" delayed by 10 days
        horizon 30 days
        measure cash gap
      """;

  @Test
  void aScenarioOfTheDeployedProgrammeIsChosenByName() {
    ChosenScenario chosen = ChosenScenario.of(byName(DEFAULTS), Optional.of(PROGRAMME));

    assertThat(chosen.scenario().name()).isEqualTo(DEFAULTS);
    assertThat(chosen.source()).isEqualTo(PROGRAMME);
    assertThat(chosen.currency()).isEqualTo("CNY");
  }

  @Test
  void anUnknownScenarioIsRefusedListingTheScenariosThereAre() {
    SimulationRefused refused = refused(byName("pays early"), Optional.of(PROGRAMME));

    assertThat(refused.reason()).isEqualTo(SimulationRefused.Reason.UNKNOWN_SCENARIO);
    assertThat(refused.scenarios()).containsExactly(LATE, DEFAULTS);
    assertThat(refused.getMessage()).contains("\"pays early\"", "\"" + LATE + "\"");
  }

  @Test
  void aContractGivenWithOneScenarioNeedsNoNameAndOneWithSeveralDoes() {
    SimulationRequest oneScenario =
        new SimulationRequest(
            Optional.empty(), Optional.of(ONE_SCENARIO), Optional.empty(), Optional.empty());
    assertThat(ChosenScenario.of(oneScenario, Optional.of(PROGRAMME)).scenario().name())
        .isEqualTo("late");

    SimulationRequest several =
        new SimulationRequest(
            Optional.empty(), Optional.of(PROGRAMME), Optional.empty(), Optional.empty());
    SimulationRefused refused = refused(several, Optional.empty());
    assertThat(refused.reason()).isEqualTo(SimulationRefused.Reason.NO_SCENARIO_NAMED);
    assertThat(refused.scenarios()).containsExactly(LATE, DEFAULTS);
  }

  @Test
  void aContractGivenThatDoesNotCheckIsRefusedWithItsPositionedDiagnostics() {
    String source =
        """
        contract "x" version 1
        currency CNY

        rule "r"
          when issue
          if certificate.amount > 5
          then reject "no"
        """;
    SimulationRequest request =
        new SimulationRequest(
            Optional.empty(), Optional.of(source), Optional.empty(), Optional.empty());

    SimulationRefused refused = refused(request, Optional.of(PROGRAMME));

    assertThat(refused.reason()).isEqualTo(SimulationRefused.Reason.CONTRACT_DOES_NOT_CHECK);
    assertThat(refused.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code().id()).isEqualTo("E106");
              assertThat(d.span().line()).isEqualTo(6);
              assertThat(d.span().column()).isEqualTo(6);
            });
  }

  @Test
  void withoutAProgrammeAScenarioCannotBeNamedAlone() {
    assertThat(refused(byName(LATE), Optional.empty()).reason())
        .isEqualTo(SimulationRefused.Reason.NO_PROGRAMME);
  }

  private static SimulationRequest byName(String scenario) {
    return new SimulationRequest(
        Optional.of(scenario), Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static SimulationRefused refused(SimulationRequest request, Optional<String> programme) {
    SimulationRefused refused =
        catchThrowableOfType(SimulationRefused.class, () -> ChosenScenario.of(request, programme));
    assertThat(refused).as("refused").isNotNull();
    return refused;
  }
}
