package dev.cascade.ledger.domain.credit;

import static dev.cascade.ledger.testsupport.DomainFixture.BANK;
import static dev.cascade.ledger.testsupport.DomainFixture.GEELY;
import static dev.cascade.ledger.testsupport.DomainFixture.TIER1;
import static dev.cascade.ledger.testsupport.DomainFixture.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cascade.ledger.domain.Change;
import dev.cascade.ledger.domain.Money;
import dev.cascade.ledger.testsupport.DomainFixture;
import org.junit.jupiter.api.Test;

class CreditHandlersTest {

  private final DomainFixture ledger = DomainFixture.programme();

  @Test
  void aNewLineReplacesTheBanksOldOneInTheTotal() {
    assertThat(ledger.creditHandlers.grant(BANK, GEELY, cny("80,000,000.00")))
        .contains(new Change.CreditTotalChanged(GEELY, cny("80,000,000.00")));
  }

  @Test
  void aLineMovedToAnotherCurrencyLeavesTheOldCurrencysTotal() {
    Money dollars = Money.of("USD", "1,000,000.00");

    assertThat(ledger.creditHandlers.grant(BANK, GEELY, dollars))
        .containsExactly(
            new Change.CreditTotalChanged(GEELY, cny("0.00")),
            new Change.CreditLineSet(new CreditLine(BANK, GEELY, dollars)),
            new Change.CreditTotalChanged(GEELY, dollars));
  }

  @Test
  void onlyABankGrantsAndOnlyToACoreEnterprise() {
    assertThatThrownBy(() -> ledger.creditHandlers.grant(GEELY, GEELY, cny("1.00")))
        .hasMessage(GEELY + " is not a bank, which grants credit lines");
    assertThatThrownBy(() -> ledger.creditHandlers.grant(BANK, TIER1, cny("1.00")))
        .hasMessage(TIER1 + " is not a core, which receives credit lines");
  }
}
