package dev.cascade.contract.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.contract.Rcl;
import dev.cascade.contract.ast.Scenario;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.source.SourceFile;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Scenarios small enough to work out by hand, every figure in the comments, exact to the cent.
 *
 * <p>The portfolio starts on 2026-06-01 (day 0). "Core" issued two certificates, paid by no one
 * else; "Bank" finances at 3.65% a year; no new business. Holdings:
 *
 * <ul>
 *   <li>H1: S1 at tier 1, CNY 1,000,000.00, due 2026-07-01 (day 30);
 *   <li>H2: S2 at tier 2, CNY 400,000.00 of the same certificate, due day 30;
 *   <li>H3: S1 at tier 1, CNY 500,000.00, due 2026-07-31 (day 60), pledged to Bank.
 * </ul>
 *
 * Tier 1 can wait 90 days, tier 2 60. The contract refuses a financing on or after maturity, prices
 * one at face × rate × days ÷ 360, and marks a certificate not paid at maturity overdue.
 */
class SimulatorTest {

  static final String PORTFOLIO =
      """
      {"format": "cascade-portfolio/1", "start": "2026-06-01", "currency": "CNY",
       "parties": [{"name": "Core", "roles": ["core"]}, {"name": "Bank", "roles": ["bank"]},
                   {"name": "S1", "roles": ["supplier"]}, {"name": "S2", "roles": ["supplier"]}],
       "creditLines": [{"bank": "Bank", "core": "Core", "limit": "5000000.00"}],
       "holdings": [
         {"id": "H1", "certificate": "C1", "issuer": "Core", "holder": "S1", "tier": 1,
          "amount": "1000000.00", "issued": "2026-05-01", "maturity": "2026-07-01",
          "received": "2026-05-01", "state": "accepted"},
         {"id": "H2", "certificate": "C1", "parent": "C1", "issuer": "Core", "holder": "S2",
          "tier": 2, "amount": "400000.00", "issued": "2026-05-01", "maturity": "2026-07-01",
          "received": "2026-05-10", "state": "accepted", "lineage": ["S1"]},
         {"id": "H3", "certificate": "C2", "issuer": "Core", "holder": "S1", "tier": 1,
          "amount": "500000.00", "issued": "2026-05-01", "maturity": "2026-07-31",
          "received": "2026-05-01", "state": "accepted", "pledgee": "Bank"}],
       "behaviour": {"patience": [90, 60], "anticipate": true, "rate": "0.0365",
                     "newBusiness": false, "observation": 90}}
      """;

  static final String CONTRACT =
      """
      contract "hand" version 1
      currency CNY

      parameters
        discount basis = 360

      rule "no financing after maturity"
        when finance
        if operation.date >= certificate.maturity
        then reject "too late"

      rule "discount interest"
        when finance
        then set operation.interest to operation.amount * operation.rate * operation.days / discount basis

      rule "overdue at maturity"
        when maturity
        if not certificate.paid
        then mark certificate overdue

      rule "notice"
        when 5 days before maturity
        then notify holder

      scenario "sixty days late"
        given payments by "Core" delayed by 60 days
        horizon 120 days
        measure cash gap by tier, financing cost by tier, overdue count by tier
        expect cash gap of tier 1 <= CNY 1,000,000.00

      scenario "the core defaults"
        given "Core" defaults on 2026-07-16
        horizon 120 days
        measure defaulted amount, cash gap by tier, overdue count, financing cost

      scenario "late under a rate shock"
        given payments by "Core" delayed by 60 days, rates shocked by 1.5% per year
        horizon 120 days
        measure financing cost by tier

      scenario "late by up to a month"
        given payments by "Core" delayed by between 0 days and 30 days
        horizon 120 days
        runs 1000 seed 7
        measure cash gap, overdue count
        expect cash gap <= CNY 0.00
      """;

  private final CheckedContract checked =
      Rcl.check(new SourceFile("hand.rcl", CONTRACT)).contract().orElseThrow();
  private final PortfolioFile.Contents portfolio = PortfolioFile.read(PORTFOLIO);

  @Test
  void paymentsSixtyDaysLateOpenACashGapAtTierOneAndMakeTierTwoFinance() {
    Results results = run("sixty days late", 1);

    // H1: due day 30, paid day 90. Its holder can wait 90 days; held without financing so far,
    // it would finance only for a payment later than both its maturity and 90 days away: day 90
    // is exactly 90 days away, so it waits. Not paid at maturity: marked overdue. Gap 30 to 90.
    // H2: paid day 90, 90 days away, and tier 2 waits 60: financed on day 0 at 3.65% for the 30
    // days to maturity: 400,000.00 × 0.0365 × 30 ÷ 360 = 1,216.666… = CNY 1,216.67. Financed, no
    // gap; still not paid at maturity, so marked overdue (the bank holds it).
    // H3: pledged, so never financed; due day 60, paid day 120 (the horizon's end): overdue, gap
    // from 60 to the end.
    // Tier 1's gap: 1,000,000.00 on days 30-59, 1,500,000.00 on 60-89, 500,000.00 on 90-119.
    assertThat(stat(results, "cash gap of tier 1").p95()).isEqualByComparingTo("1500000.00");
    assertThat(stat(results, "cash gap of tier 2").p95()).isEqualByComparingTo("0.00");
    assertThat(stat(results, "cash gap").worst()).isEqualByComparingTo("1500000.00");
    assertThat(stat(results, "financing cost of tier 2").mean()).isEqualByComparingTo("1216.67");
    assertThat(stat(results, "financing cost of tier 1").mean()).isEqualByComparingTo("0.00");
    assertThat(stat(results, "overdue count of tier 1").mean()).isEqualByComparingTo("2");
    assertThat(stat(results, "overdue count of tier 2").mean()).isEqualByComparingTo("1");
    assertThat(stat(results, "overdue count").mean()).isEqualByComparingTo("3");
    Results.Series tierOne = results.cashGap().get(1);
    assertThat(tierOne.p50().get(29)).isEqualByComparingTo("0.00");
    assertThat(tierOne.p50().get(30)).isEqualByComparingTo("1000000.00");
    assertThat(tierOne.p50().get(60)).isEqualByComparingTo("1500000.00");
    assertThat(tierOne.p50().get(90)).isEqualByComparingTo("500000.00");
    // the expectation is judged on the 95th percentile, 1,500,000.00: off by 500,000.00
    Results.Judgement judgement = results.expectations().get(0);
    assertThat(judgement.passed()).isFalse();
    assertThat(judgement.passRate()).isEqualByComparingTo("0");
    assertThat(judgement.misses())
        .containsExactly(
            "CNY 1,500,000.00 <= CNY 1,000,000.00 does not hold, off by CNY 500,000.00");
    // the notice only notifies: a simulation need not run it
    assertThat(results.model().rulesRun()).isEqualTo(3);
    assertThat(results.model().rulesLeftOut()).isEqualTo(1);
  }

  @Test
  void aDefaultOfTheCoreLeavesWhatFallsDueAfterItUnpaid() {
    Results results = run("the core defaults", 1);

    // The core defaults on 2026-07-16, day 45. H1 and H2 fall due and are paid on day 30. H3 falls
    // due on day 60, after the default: never paid, CNY 500,000.00 defaulted, overdue at
    // maturity, and S1 waits for it from day 60 to the end. Nobody expects a late payment: no
    // financing.
    assertThat(stat(results, "defaulted amount").mean()).isEqualByComparingTo("500000.00");
    assertThat(stat(results, "cash gap of tier 1").mean()).isEqualByComparingTo("500000.00");
    assertThat(stat(results, "overdue count").mean()).isEqualByComparingTo("1");
    assertThat(stat(results, "financing cost").mean()).isEqualByComparingTo("0.00");
    assertThat(results.cashGap().get(1).p50().get(59)).isEqualByComparingTo("0.00");
    assertThat(results.cashGap().get(1).p50().get(60)).isEqualByComparingTo("500000.00");
  }

  @Test
  void aRateShockRaisesTheInterestTheContractCharges() {
    Results results = run("late under a rate shock", 1);

    // As "sixty days late", at 3.65% + 1.5% = 5.15%: 400,000.00 × 0.0515 × 30 ÷ 360 = 1,716.666…
    assertThat(stat(results, "financing cost of tier 2").mean()).isEqualByComparingTo("1716.67");
    assertThat(results.model().shocked()).isEqualByComparingTo("0.0515");
  }

  @Test
  void aUniformDelayGivesEachRunItsOwnDelayFromTheSeed() {
    Results results = run("late by up to a month", 1);

    // Each certificate's delay is drawn from 0 to 30 days. Nobody finances: tier 1 waits 90 days
    // and tier 2 60, and no payment is more than 60 days away. A run whose C1 is late has H1 and
    // H2 waiting together from day 30, CNY 1,400,000.00, over by day 60 when H3's wait starts; one
    // where only C2 is late has H3's CNY 500,000.00; one where both are on time has none. The
    // overdue count is 0 to 3, and a run's cash gap is nothing exactly when that count is 0.
    Results.Statistic gap = stat(results, "cash gap");
    Results.Statistic overdue = stat(results, "overdue count");
    int onTime = 0;
    for (int run = 0; run < 1000; run++) {
      BigDecimal runGap = gap.perRun().get(run);
      BigDecimal runOverdue = overdue.perRun().get(run);
      assertThat(runGap.signum() == 0).isEqualTo(runOverdue.signum() == 0);
      assertThat(runOverdue.intValueExact()).isBetween(0, 3);
      onTime += runGap.signum() == 0 ? 1 : 0;
    }
    // both on time: 1 chance in 31 × 31, about 1 run in 1,000; C1 on time in about 32 runs, so
    // the 50th of the runs' gaps in order, the 5th percentile, is already a late C1's
    assertThat(onTime).isBetween(0, 8);
    assertThat(gap.perRun())
        .allMatch(g -> List.of(0L, 500_000L, 1_400_000L).contains(g.longValue()));
    assertThat(gap.p5()).isEqualByComparingTo("1400000.00");
    assertThat(gap.worst()).isEqualByComparingTo("1400000.00");
    Results.Judgement judgement = results.expectations().get(0);
    assertThat(judgement.passRate())
        .isEqualByComparingTo(BigDecimal.valueOf(onTime).movePointLeft(3));
  }

  @Test
  void aRuleThatCannotBeEvaluatedRefusesTheFinancingAsAValidatorWould() {
    String dividing =
        CONTRACT.replace(
            "then set operation.interest to operation.amount * operation.rate * operation.days"
                + " / discount basis",
            "then set operation.interest to operation.amount * operation.rate * operation.days"
                + " / (discount basis - 360)");
    CheckedContract broken =
        Rcl.check(new SourceFile("broken.rcl", dividing)).contract().orElseThrow();
    Plan plan =
        ((Plan.Ready)
                Plan.of(
                    broken,
                    broken.contract().scenarios().get(0),
                    portfolio.portfolio(),
                    Optional.empty(),
                    Optional.empty()))
            .plan();

    // the interest rule divides by zero: H2's financing is refused, and S2 waits for its money
    // from day 30 to day 90 like S1
    Results results =
        new Simulator(broken, dividing)
            .run(plan, portfolio.portfolio(), portfolio.behaviour(), 1, (done, total) -> {});

    assertThat(results.activity().financingsRefused()).isEqualByComparingTo("1");
    assertThat(stat(results, "cash gap of tier 2").mean()).isEqualByComparingTo("400000.00");
  }

  @Test
  void aPartMarkedOverdueByTheMaturityRuleAndADailyRuleIsCountedOnce() {
    // a second rule marks a part overdue on any day after its maturity while it is unpaid: on the
    // ledger it finds the part already overdue (the maturity rule ran first), so it changes nothing
    String daily =
        CONTRACT.replace(
            "rule \"notice\"",
            """
            rule "late"
              when every day
              if today > certificate.maturity and not certificate.paid
              then mark certificate overdue

            rule "notice\"""");
    CheckedContract both = Rcl.check(new SourceFile("daily.rcl", daily)).contract().orElseThrow();
    Scenario late = both.contract().scenarios().get(0);
    Plan plan =
        ((Plan.Ready)
                Plan.of(both, late, portfolio.portfolio(), Optional.empty(), Optional.empty()))
            .plan();

    Results results =
        new Simulator(both, daily)
            .run(plan, portfolio.portfolio(), portfolio.behaviour(), 1, (done, total) -> {});

    // as in "sixty days late": H1, H2 and H3 overdue, each once
    assertThat(stat(results, "overdue count of tier 1").mean()).isEqualByComparingTo("2");
    assertThat(stat(results, "overdue count of tier 2").mean()).isEqualByComparingTo("1");
    assertThat(stat(results, "overdue count").mean()).isEqualByComparingTo("3");
  }

  @Test
  void theSameSeedGivesTheSameResultsOnOneThreadOrTwoAndAnotherSeedOthers() {
    PortfolioFile.Contents demo = PortfolioFile.demo();
    CheckedContract programme = programme();
    Simulator simulator = new Simulator(programme, programmeSource());
    Scenario late = programme.contract().scenarios().get(0);

    String one = ResultsJson.write(run(simulator, programme, late, demo, 200, 42, 1));
    String two = ResultsJson.write(run(simulator, programme, late, demo, 200, 42, 2));
    String other = ResultsJson.write(run(simulator, programme, late, demo, 200, 43, 2));

    assertThat(two).isEqualTo(one);
    assertThat(other).isNotEqualTo(one);
  }

  private Results run(String scenario, int threads) {
    Scenario chosen =
        checked.contract().scenarios().stream()
            .filter(s -> s.name().equals(scenario))
            .findFirst()
            .orElseThrow();
    Plan plan =
        ((Plan.Ready)
                Plan.of(checked, chosen, portfolio.portfolio(), Optional.empty(), Optional.empty()))
            .plan();
    return new Simulator(checked, CONTRACT)
        .run(plan, portfolio.portfolio(), portfolio.behaviour(), threads, (done, total) -> {});
  }

  private static Results run(
      Simulator simulator,
      CheckedContract checked,
      Scenario scenario,
      PortfolioFile.Contents portfolio,
      long runs,
      long seed,
      int threads) {
    Plan plan =
        ((Plan.Ready)
                Plan.of(
                    checked, scenario, portfolio.portfolio(), Optional.of(runs), Optional.of(seed)))
            .plan();
    return simulator.run(
        plan, portfolio.portfolio(), portfolio.behaviour(), threads, (done, total) -> {});
  }

  static CheckedContract programme() {
    return Rcl.check(new SourceFile("programme.rcl", programmeSource())).contract().orElseThrow();
  }

  static String programmeSource() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("examples/programme.rcl"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Results.Statistic stat(Results results, String name) {
    List<Results.Statistic> found =
        results.metrics().stream().filter(m -> m.name().equals(name)).toList();
    assertThat(found).as(name).hasSize(1);
    return found.get(0);
  }
}
