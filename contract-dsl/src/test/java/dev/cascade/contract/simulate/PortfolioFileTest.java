package dev.cascade.contract.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A portfolio file is read strictly: every mistake names its place in the file. */
class PortfolioFileTest {

  @Test
  void aPortfolioWrittenOutReadsBackAsItself() {
    PortfolioFile.Contents demo = PortfolioFile.demo();

    String written = PortfolioFile.write(demo.portfolio(), demo.behaviour());

    assertThat(PortfolioFile.read(written)).isEqualTo(demo);
    assertThat(PortfolioFile.write(PortfolioFile.read(written).portfolio(), demo.behaviour()))
        .isEqualTo(written);
  }

  @Test
  void theDemoPortfolioIsTheDemoLedgersBook() {
    Portfolio demo = PortfolioFile.demo().portfolio();

    // what the README's exposure shows: tier 1 CNY 10,350,000.00, tier 2 6,300,000.00, tier 3
    // 1,200,000.00
    assertThat(sum(demo, 1)).isEqualByComparingTo("10350000.00");
    assertThat(sum(demo, 2)).isEqualByComparingTo("6300000.00");
    assertThat(sum(demo, 3)).isEqualByComparingTo("1200000.00");
    assertThat(demo.start()).hasToString("2026-06-01");
  }

  @Test
  void everyMistakeIsNamedByItsPlaceInTheFile() {
    String good = SimulatorTest.PORTFOLIO;
    assertThat(problem("[1, 2]")).startsWith("not a JSON object");
    assertThat(problem(good.replace("cascade-portfolio/1", "something else")))
        .isEqualTo("format: this is not a cascade-portfolio/1 file");
    assertThat(problem(good.replace("\"currency\": \"CNY\"", "\"currency\": \"XYZ\"")))
        .isEqualTo("currency: XYZ is not a currency code Cascade handles");
    assertThat(problem(good.replace("\"amount\": \"400000.00\"", "\"amount\": \"400000.001\"")))
        .isEqualTo("holdings[1].amount: 400000.001 has more than the currency's 2 decimals");
    assertThat(problem(good.replace("\"amount\": \"400000.00\"", "\"amount\": 400000")))
        .isEqualTo("holdings[1].amount: expected a text, not 400000");
    assertThat(problem(good.replace("\"holder\": \"S2\"", "\"holder\": \"Nobody\"")))
        .isEqualTo("holdings[1].holder: Nobody is not one of the portfolio's parties");
    assertThat(problem(good.replace("\"pledgee\": \"Bank\"", "\"pledgor\": \"Bank\"")))
        .startsWith("holdings[2].pledgor: unknown key; the keys here are [amount, certificate,");
    assertThat(
            problem(good.replace("\"maturity\": \"2026-07-31\"", "\"maturity\": \"31/07/2026\"")))
        .isEqualTo("holdings[2].maturity: expected a date such as 2026-06-30, not 31/07/2026");
    assertThat(
            problem(
                good.replace(
                    "\"state\": \"accepted\", \"pledgee\"", "\"state\": \"paid\", \"pledgee\"")))
        .isEqualTo("holdings[2].state: paid is not one of [issued, accepted, overdue]");
    assertThat(problem(good.replace("\"patience\": [90, 60]", "\"patience\": [90, -1]")))
        .startsWith("behaviour: patience needs a number of days, 0 or more");
    assertThat(problem(good.replace("\"id\": \"H3\"", "\"id\": \"H1\"")))
        .isEqualTo("holdings[2].id: H1 appears twice");
  }

  private static String problem(String text) {
    return assertThatThrownBy(() -> PortfolioFile.read(text))
        .isInstanceOf(PortfolioFile.Invalid.class)
        .actual()
        .getMessage();
  }

  private static java.math.BigDecimal sum(Portfolio portfolio, int tier) {
    List<Portfolio.Holding> at =
        portfolio.holdings().stream().filter(h -> h.tier() == tier).toList();
    return at.stream()
        .map(Portfolio.Holding::amount)
        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
  }
}
