package dev.cascade.contract.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PortfolioGeneratorTest {

  @Test
  void theSameSettingsAndSeedMakeTheSamePortfolioAndAnotherSeedAnother() {
    Portfolio one = PortfolioGenerator.parse("certificates=200,seed=3").generate();
    Portfolio again = PortfolioGenerator.parse("certificates=200,seed=3").generate();
    Portfolio other = PortfolioGenerator.parse("certificates=200,seed=4").generate();

    assertThat(again).isEqualTo(one);
    assertThat(other).isNotEqualTo(one);
  }

  @Test
  void everyCertificatesPartsAddUpToAFaceValueInRangeAndNoneHasFallenDue() {
    Portfolio portfolio =
        PortfolioGenerator.parse("certificates=500,amount=1000..2000,tiers=4").generate();

    Map<String, BigDecimal> faces =
        portfolio.holdings().stream()
            .collect(
                Collectors.groupingBy(
                    Portfolio.Holding::certificate,
                    Collectors.reducing(
                        BigDecimal.ZERO, Portfolio.Holding::amount, BigDecimal::add)));
    assertThat(faces).hasSize(500);
    assertThat(faces.values())
        .allMatch(face -> face.compareTo(new BigDecimal("1000")) >= 0)
        .allMatch(face -> face.compareTo(new BigDecimal("2000")) <= 0)
        .allMatch(face -> face.scale() == 2);
    assertThat(portfolio.holdings())
        .allMatch(h -> h.maturity().isAfter(portfolio.start()))
        .allMatch(h -> h.tier() >= 1 && h.tier() <= 4)
        .allMatch(h -> h.lineage().size() == h.tier() - 1);
  }

  @Test
  void aSettingThatIsNoneIsNamedWithTheValidOnes() {
    assertThatThrownBy(() -> PortfolioGenerator.parse("certifcates=10"))
        .hasMessageContaining(
            "\"certifcates=10\" is not a setting; the settings are {certificates=1000");
    assertThatThrownBy(() -> PortfolioGenerator.parse("tenor=180..90"))
        .hasMessage("tenor=180..90 is not a range low..high between 1 and 3650");
    assertThatThrownBy(() -> PortfolioGenerator.parse("tiers=0"))
        .hasMessage("tiers=0 is not between 1 and 20");
  }
}
