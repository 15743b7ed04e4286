package dev.cascade.contract.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.contract.Rcl;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.diagnostic.Diagnostic;
import dev.cascade.contract.source.SourceFile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A scenario that checks but cannot run on a portfolio says so where it is written. */
class PlanTest {

  private static final String HEADER = "contract \"p\" version 1\ncurrency CNY\n\n";

  @Test
  void anUnknownPartyIsReportedWhereTheScenarioNamesIt() {
    List<Diagnostic> problems =
        refused(
            "scenario \"s\"\n  given payments by \"Gelly Auto\" delayed by 10 days\n"
                + "  horizon 90 days\n");

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).code().id()).isEqualTo("E401");
    assertThat(problems.get(0).span().line()).isEqualTo(5);
    assertThat(problems.get(0).span().column()).isEqualTo(9);
    assertThat(problems.get(0).arguments().get(1)).contains("\"Geely Auto\"");
  }

  @Test
  void aPartyThatIssuedNothingHasNoPaymentToDelay() {
    assertThat(
            codes(
                "scenario \"s\"\n  given payments by \"Ningbo Castings\" delayed by 10 days\n  horizon 90 days\n"))
        .containsExactly("E404");
  }

  @Test
  void aHorizonOfNoDaysOrOfAHundredYearsIsRefused() {
    assertThat(codes("scenario \"s\"\n  given \"Geely Auto\" defaults\n  horizon 0 days\n"))
        .containsExactly("E402");
    assertThat(codes("scenario \"s\"\n  given \"Geely Auto\" defaults\n  horizon 36500 days\n"))
        .containsExactly("E402");
    assertThat(codes("scenario \"s\"\n  given \"Geely Auto\" defaults\n  horizon 3650 days\n"))
        .isEmpty();
  }

  @Test
  void tooManyRunsAreRefused() {
    CheckedContract checked =
        checked("scenario \"s\"\n  given \"Geely Auto\" defaults\n  horizon 30 days\n");
    Plan.Made made =
        Plan.of(
            checked,
            checked.contract().scenarios().get(0),
            PortfolioFile.demo().portfolio(),
            Optional.of(Plan.MAX_RUNS + 1),
            Optional.empty());

    assertThat(((Plan.Refused) made).diagnostics())
        .extracting(d -> d.code().id())
        .containsExactly("E403");
  }

  @Test
  void noRunsAtAllAreRefusedWhenGivenInPlaceOfTheScenarios() {
    CheckedContract checked =
        checked("scenario \"s\"\n  given \"Geely Auto\" defaults\n  horizon 30 days\n");
    for (long runs : new long[] {0, -3}) {
      Plan.Made made =
          Plan.of(
              checked,
              checked.contract().scenarios().get(0),
              PortfolioFile.demo().portfolio(),
              Optional.of(runs),
              Optional.empty());

      assertThat(((Plan.Refused) made).diagnostics())
          .extracting(d -> d.code().id(), d -> d.arguments().get(2))
          .containsExactly(org.assertj.core.groups.Tuple.tuple("E128", Long.toString(runs)));
    }
  }

  @Test
  void anExpectationOnATierThePortfolioDoesNotHaveIsReportedWhereItIsWritten() {
    List<Diagnostic> problems =
        refused(
            "scenario \"s\"\n  given \"Geely Auto\" defaults\n  horizon 30 days\n"
                + "  measure cash gap by tier\n"
                + "  expect cash gap of tier 3 <= CNY 1.00 and cash gap of tier 4 <= CNY 1.00\n");

    assertThat(problems).extracting(d -> d.code().id()).containsExactly("E405");
    assertThat(problems.get(0).span().line()).isEqualTo(8);
    assertThat(problems.get(0).arguments()).containsExactly("4", "3");
  }

  private static List<String> codes(String scenario) {
    Plan.Made made = plan(scenario);
    return made instanceof Plan.Refused refused
        ? refused.diagnostics().stream().map(d -> d.code().id()).toList()
        : List.of();
  }

  private static List<Diagnostic> refused(String scenario) {
    return ((Plan.Refused) plan(scenario)).diagnostics();
  }

  private static Plan.Made plan(String scenario) {
    CheckedContract checked = checked(scenario);
    return Plan.of(
        checked,
        checked.contract().scenarios().get(0),
        PortfolioFile.demo().portfolio(),
        Optional.empty(),
        Optional.empty());
  }

  private static CheckedContract checked(String scenario) {
    Rcl.Result result = Rcl.check(new SourceFile("p.rcl", HEADER + scenario));
    assertThat(result.diagnostics())
        .as("the scenario checks")
        .filteredOn(Diagnostic::isError)
        .isEmpty();
    return result.contract().orElseThrow();
  }
}
