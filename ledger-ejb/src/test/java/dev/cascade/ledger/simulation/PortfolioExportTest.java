package dev.cascade.ledger.simulation;

import static dev.cascade.ledger.application.LedgerFixture.cny;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.contract.simulate.Behaviour;
import dev.cascade.contract.simulate.Portfolio;
import dev.cascade.contract.simulate.PortfolioFile;
import dev.cascade.ledger.application.ChainScan;
import dev.cascade.ledger.application.DemoProgramme;
import dev.cascade.ledger.application.Fork;
import dev.cascade.ledger.application.LedgerFixture;
import dev.cascade.ledger.application.Operation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A node's portfolio exported from its state and chain, as the simulator reads it. */
class PortfolioExportTest {

  private static final LocalDate FIRST_OF_JUNE = LocalDate.of(2026, 6, 1);

  private final LedgerFixture fixture = new LedgerFixture(FIRST_OF_JUNE);

  @Test
  void theDemoLedgerLoadedOnTheFirstOfJuneExportsTheBuiltInDemoPortfolio() {
    fixture.runDemo(FIRST_OF_JUNE, operation -> operation instanceof Operation.Issue);

    PortfolioFile.Contents demo = PortfolioFile.demo();
    assertThat(PortfolioFile.write(export(), Behaviour.DEFAULT))
        .isEqualTo(PortfolioFile.write(demo.portfolio(), demo.behaviour()));
  }

  @Test
  void aPartTransferredWholeThenFinancedIsReceivedOnItsDayWithEveryHolderBefore() {
    fixture.runDemo(FIRST_OF_JUNE, operation -> false);
    LocalDate fifth = FIRST_OF_JUNE.plusDays(4);
    LocalDate eighth = FIRST_OF_JUNE.plusDays(7);
    fixture.on(fifth);
    submit(
        "Taizhou Fasteners",
        new Operation.Transfer("GA-0004-T", "Wenzhou Springs", cny("2,000,000.00"), List.of()));
    fixture.on(eighth);
    submit(
        "Wenzhou Springs",
        new Operation.Finance("GA-0004-T", DemoProgramme.ICBC, new BigDecimal("0.0400"), eighth));
    fixture.seal();

    Portfolio portfolio = export();

    assertThat(portfolio.start()).isEqualTo(eighth);
    Portfolio.Holding financed = holding(portfolio, "GA-0004-T");
    assertThat(financed.holder()).isEqualTo(DemoProgramme.ICBC);
    assertThat(financed.tier()).isEqualTo(3);
    assertThat(financed.received()).isEqualTo(eighth);
    assertThat(financed.lineage()).containsExactly("Ningbo Castings", "Taizhou Fasteners");
    assertThat(financed.financing())
        .contains(
            new Portfolio.Financing(
                DemoProgramme.ICBC, "Wenzhou Springs", new BigDecimal("0.0400"), eighth));
    assertThat(holding(portfolio, "GA-0004-R").received()).isEqualTo(FIRST_OF_JUNE);
  }

  @Test
  void settledAndCancelledPartsAreNoPartOfItNorIsAnotherCurrency() {
    fixture.runDemo(FIRST_OF_JUNE, operation -> false);
    fixture.on(FIRST_OF_JUNE.plusDays(1));
    submit(DemoProgramme.CORE, new Operation.Cancel("GA-0006"));
    fixture.seal();

    assertThat(export().holdings()).extracting(Portfolio.Holding::id).doesNotContain("GA-0006");
    Portfolio inDollars =
        new PortfolioExport(Fork.of(fixture.ledger), new ChainScan(fixture.ledger), "USD")
            .portfolio();
    assertThat(inDollars.holdings()).isEmpty();
    assertThat(inDollars.creditLines()).isEmpty();
    assertThat(inDollars.parties()).hasSize(DemoProgramme.PARTIES.size());
  }

  @Test
  void aForkKeepsTheStateItWasTakenAtWhateverTheLedgerDoesNext() {
    fixture.runDemo(FIRST_OF_JUNE, operation -> false);
    Fork fork = Fork.of(fixture.ledger);
    String before = PortfolioFile.write(export(), Behaviour.DEFAULT);

    fixture.on(FIRST_OF_JUNE.plusDays(2));
    submit(
        "Yuyao Plastics",
        new Operation.Transfer("GA-0005-T", "Cixi Wiring", cny("2,500,000.00"), List.of()));
    fixture.seal();

    assertThat(fixture.ledger.head().orElseThrow().height()).isGreaterThan(fork.height());
    String fromFork =
        PortfolioFile.write(
            new PortfolioExport(fork, new ChainScan(fixture.ledger), "CNY").portfolio(),
            Behaviour.DEFAULT);
    assertThat(fromFork).isEqualTo(before);
    assertThat(PortfolioFile.write(export(), Behaviour.DEFAULT)).isNotEqualTo(before);
  }

  private Portfolio export() {
    return new PortfolioExport(Fork.of(fixture.ledger), new ChainScan(fixture.ledger), "CNY")
        .portfolio();
  }

  private void submit(String signer, Operation operation) {
    assertThat(fixture.submit(signer, operation).refusal()).as("%s", operation).isEmpty();
  }

  private static Portfolio.Holding holding(Portfolio portfolio, String id) {
    Optional<Portfolio.Holding> found =
        portfolio.holdings().stream().filter(h -> h.id().equals(id)).findFirst();
    assertThat(found).as(id).isPresent();
    return found.get();
  }
}
