package dev.cascade.contract.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.contract.Rcl;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.runtime.Event;
import dev.cascade.contract.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * Which decisions a simulation may take once for every day's copy of a part of new business: only
 * those of rules that read no day of the calendar, however the contract names the day.
 */
class RulesTest {

  @Test
  void rulesThatOnlyCountDaysBetweenThePartsDatesDecideAlikeOnEveryDay() {
    Rules rules =
        rules(
            "parameters\n  maximum tenor = 180 days\n\n"
                + "rule \"tenor\"\n  when issue\n"
                + "  if certificate.maturity - certificate.issued > maximum tenor\n"
                + "  then reject \"too long\"\n");

    assertThat(rules.shiftInvariant(Event.ISSUE)).isTrue();
  }

  @Test
  void aDateWrittenOutOrGivenAsAParameterOrAListOfThemTiesTheDecisionToTheDay() {
    assertThat(
            rules(
                    "rule \"year end\"\n  when issue\n  if certificate.maturity > 2026-12-31\n"
                        + "  then reject \"after the year end\"\n")
                .shiftInvariant(Event.ISSUE))
        .isFalse();
    assertThat(
            rules(
                    "parameters\n  year end = 2026-12-31\n\n"
                        + "rule \"year end\"\n  when issue\n  if certificate.maturity > year end\n"
                        + "  then reject \"after the year end\"\n")
                .shiftInvariant(Event.ISSUE))
        .isFalse();
    assertThat(
            rules(
                    "parameters\n  holidays = 2026-10-01, 2026-10-02\n\n"
                        + "rule \"no holidays\"\n  when issue\n"
                        + "  if certificate.maturity in holidays\n"
                        + "  then reject \"due on a holiday\"\n")
                .shiftInvariant(Event.ISSUE))
        .isFalse();
  }

  @Test
  void whatARuleReadsIsItsOwnNotWhatIsWrittenAfterIt() {
    // the dates belong to the financing rule and the scenario: issuing stays the same every day
    Rules rules =
        rules(
            "rule \"year end\"\n  when finance\n  if operation.date > 2026-12-31\n"
                + "  then reject \"after the year end\"\n\n"
                + "rule \"positive\"\n  when issue\n  if certificate.amount <= CNY 0.00\n"
                + "  then reject \"empty\"\n\n"
                + "scenario \"default\"\n  given \"Core\" defaults on 2026-07-16\n"
                + "  horizon 90 days\n");

    assertThat(rules.shiftInvariant(Event.ISSUE)).isTrue();
    assertThat(rules.shiftInvariant(Event.FINANCE)).isFalse();
  }

  private static Rules rules(String body) {
    String source = "contract \"r\" version 1\ncurrency CNY\n\n" + body;
    CheckedContract checked = Rcl.check(new SourceFile("r.rcl", source)).contract().orElseThrow();
    return new Rules(checked, source);
  }
}
