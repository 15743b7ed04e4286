package dev.cascade.contract.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.contract.Rcl;
import dev.cascade.contract.ast.Rule;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.source.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue rules that only refuse more as the issuer's credit used grows let a simulation answer from
 * amounts already tried; anything else is evaluated every time, and either way the results agree.
 */
class MonotoneTest {

  @Test
  void aCreditLimitRefusesMoreAsMoreIsUsedAndOtherFormsAreNotTrusted() {
    assertThat(
            direction(
                "certificate.issuer.credit used + certificate.amount > certificate.issuer.credit line"))
        .isEqualTo(Monotone.Direction.UP);
    assertThat(
            direction(
                "certificate.issuer.credit line - certificate.issuer.credit used < certificate.amount"))
        .isEqualTo(Monotone.Direction.UP);
    assertThat(direction("certificate.issuer.credit used < certificate.amount"))
        .isEqualTo(Monotone.Direction.DOWN);
    assertThat(direction("not (certificate.issuer.credit used > certificate.amount)"))
        .isEqualTo(Monotone.Direction.DOWN);
    assertThat(
            direction(
                "certificate.amount > CNY 1.00 and certificate.issuer.credit used > certificate.amount"))
        .isEqualTo(Monotone.Direction.UP);
    assertThat(direction("certificate.issuer.credit used * 2 > certificate.amount"))
        .isEqualTo(Monotone.Direction.UNKNOWN);
    assertThat(direction("certificate.issuer.credit used = certificate.amount"))
        .isEqualTo(Monotone.Direction.UNKNOWN);
    assertThat(direction("certificate.amount > CNY 1.00")).isEqualTo(Monotone.Direction.CONSTANT);
  }

  @Test
  void theExampleProgrammesIssueRulesRefuseOnlyMoreAsCreditIsUsed() {
    CheckedContract programme = SimulatorTest.programme();
    List<Rule> issuing =
        programme.contract().rules().stream()
            .filter(r -> r.name().equals("credit line") || r.name().equals("tenor limit"))
            .toList();

    assertThat(issuing).hasSize(2);
    assertThat(Monotone.rejectsUpward(issuing, r -> r.name().equals("credit line"))).isTrue();
  }

  /**
   * A credit line that new business soon exhausts, once as written and once multiplied by 1 (the
   * same rule, which the analysis does not follow): some issuances are refused, and both give the
   * same results to the last byte.
   */
  @Test
  void answeringFromAmountsTriedGivesTheResultsOfEvaluatingEveryIssuance() {
    String header =
        "contract \"c\" version 1\ncurrency CNY\nrule \"credit line\"\n  when issue\n  if ";
    String tail =
        " > certificate.issuer.credit line\n  then reject \"over\"\n"
            + "scenario \"more business\"\n  given volume scaled by 3\n  horizon 120 days\n"
            + "  runs 40 seed 5\n  measure cash gap, financing cost\n";
    String trusted = header + "certificate.issuer.credit used + certificate.amount" + tail;
    String evaluated = header + "certificate.issuer.credit used * 1 + certificate.amount" + tail;
    Portfolio portfolio = PortfolioGenerator.parse("certificates=300,seed=9").generate();

    Results fast = run(trusted, portfolio);
    Results slow = run(evaluated, portfolio);

    assertThat(fast.activity().issuancesRefused()).isPositive();
    assertThat(ResultsJson.write(fast).replace(trusted, ""))
        .isEqualTo(ResultsJson.write(slow).replace(evaluated, ""));
  }

  private static Results run(String source, Portfolio portfolio) {
    CheckedContract checked = Rcl.check(new SourceFile("c.rcl", source)).contract().orElseThrow();
    Plan plan =
        ((Plan.Ready)
                Plan.of(
                    checked,
                    checked.contract().scenarios().get(0),
                    portfolio,
                    Optional.empty(),
                    Optional.empty()))
            .plan();
    return new Simulator(checked, source)
        .run(plan, portfolio, Behaviour.DEFAULT, 2, (done, total) -> {});
  }

  private static Monotone.Direction direction(String condition) {
    String source =
        "contract \"c\" version 1\ncurrency CNY\nrule \"r\"\n  when issue\n  if "
            + condition
            + "\n  then reject \"no\"\n";
    CheckedContract checked = Rcl.check(new SourceFile("c.rcl", source)).contract().orElseThrow();
    return Monotone.direction(checked.contract().rules().get(0).guard().orElseThrow(), Map.of());
  }
}
