package dev.cascade.ledger.domain.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cascade.ledger.domain.InvariantViolation;
import dev.cascade.ledger.domain.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateTest {

  private static final String GEELY = "Geely Auto";
  private static final String TIER1 = "Ningbo Castings";
  private static final String TIER2 = "Taizhou Fasteners";
  private static final String TIER3 = "Wenzhou Springs";
  private static final String BANK = "Bank of Ningbo";

  private static Money cny(String amount) {
    return Money.of("CNY", amount);
  }

  private static Certificate accepted() {
    return Certificate.issue(
            "C1",
            "programme-3",
            GEELY,
            TIER1,
            cny("1,000,000.00"),
            LocalDate.of(2026, 1, 10),
            LocalDate.of(2026, 6, 30))
        .accept(TIER1);
  }

  @Test
  void issueAcceptTransferSplitTransferFinanceAndSettleConservesEveryCent() {
    Certificate atTier2 = accepted().transfer(TIER1, TIER2, cny("1,000,000.00"), List.of()).get(0);
    List<Certificate> split =
        atTier2.split(
            TIER2,
            List.of(cny("600,000.00"), cny("399,999.99"), cny("0.01")),
            List.of("C1-1", "C1-2", "C1-3"));
    List<Certificate> transferred =
        split.get(1).transfer(TIER2, TIER3, cny("250,000.00"), List.of("C1-1-1", "C1-1-2"));
    Certificate atTier3 = transferred.get(1);
    Certificate financed = atTier3.finance(TIER3, BANK);

    assertThat(atTier2.tier()).isEqualTo(2);
    assertThat(split.get(0).state()).isEqualTo(CertificateState.SUPERSEDED);
    assertThat(split.subList(1, 4).stream().map(Certificate::amount).reduce(Money::plus))
        .contains(cny("1,000,000.00"));
    assertThat(atTier3.tier()).isEqualTo(3);
    assertThat(atTier3.rootIssuer()).isEqualTo(GEELY);
    assertThat(atTier3.parentId()).contains("C1-1");
    assertThat(transferred.get(1).amount().plus(transferred.get(2).amount()))
        .isEqualTo(cny("600,000.00"));
    assertThat(financed.holder()).isEqualTo(BANK);
    // Payment at maturity settles every open part, whoever holds it.
    for (Certificate open : List.of(financed, transferred.get(2), split.get(2), split.get(3))) {
      assertThat(open.settle().state()).isEqualTo(CertificateState.SETTLED);
    }
  }

  @Test
  void onlyTheHolderMovesACertificate() {
    assertThatThrownBy(() -> accepted().transfer(TIER2, TIER3, cny("1,000,000.00"), List.of()))
        .isInstanceOf(InvariantViolation.class)
        .hasMessageContaining("Taizhou Fasteners does not hold C1")
        .extracting(e -> ((InvariantViolation) e).rule())
        .isEqualTo(Certificate.HOLDER_ONLY);
  }

  @Test
  void aSplitThatLosesACentIsRefused() {
    assertThatThrownBy(
            () ->
                accepted()
                    .split(TIER1, List.of(cny("600,000.00"), cny("399,999.99")), List.of("a", "b")))
        .isInstanceOf(InvariantViolation.class)
        .hasMessage("the parts add up to CNY 999,999.99, the certificate is CNY 1,000,000.00");
  }

  @Test
  void aPledgedOrFinancedPartIsNotPledgedOrFinancedAgain() {
    Certificate pledged = accepted().pledge(TIER1, BANK);
    Certificate financed = accepted().finance(TIER1, BANK);

    assertThatThrownBy(() -> pledged.pledge(TIER1, "Other Bank"))
        .hasMessageContaining("pledged to Bank of Ningbo");
    assertThatThrownBy(() -> pledged.finance(TIER1, BANK)).isInstanceOf(InvariantViolation.class);
    assertThatThrownBy(() -> financed.finance(BANK, "Other Bank")).hasMessageContaining("financed");
    assertThat(pledged.release(BANK).pledge(TIER1, "Other Bank").pledgee()).contains("Other Bank");
  }

  @Test
  void nothingHappensToASettledOrCancelledCertificate() {
    Certificate settled = accepted().settle();
    Certificate cancelled =
        Certificate.issue(
                "C2",
                "programme-3",
                GEELY,
                TIER1,
                cny("10.00"),
                LocalDate.of(2026, 1, 10),
                LocalDate.of(2026, 6, 30))
            .cancel(GEELY);

    assertThatThrownBy(() -> settled.transfer(TIER1, TIER2, cny("1,000,000.00"), List.of()))
        .hasMessage("C1 is settled")
        .extracting(e -> ((InvariantViolation) e).rule())
        .isEqualTo(Certificate.FINAL);
    assertThatThrownBy(() -> cancelled.accept(TIER1)).hasMessage("C2 is cancelled");
    assertThatThrownBy(settled::settle).isInstanceOf(InvariantViolation.class);
  }

  @Test
  void onlyAnUnacceptedCertificateCanBeCancelledAndOnlyByItsIssuer() {
    assertThatThrownBy(() -> accepted().cancel(GEELY)).hasMessageContaining("cannot be cancelled");
    assertThatThrownBy(
            () ->
                Certificate.issue(
                        "C3",
                        "programme-3",
                        GEELY,
                        TIER1,
                        cny("10.00"),
                        LocalDate.of(2026, 1, 10),
                        LocalDate.of(2026, 6, 30))
                    .cancel(TIER1))
        .hasMessageContaining("cannot cancel");
  }

  @Test
  void moneyRefusesToRoundOrMixCurrencies() {
    assertThatThrownBy(() -> Money.of("CNY", "1.005"))
        .hasMessageContaining("more decimals than CNY allows");
    assertThatThrownBy(() -> cny("1.00").plus(Money.of("USD", "1.00")))
        .hasMessageContaining("currencies never mix");
    assertThat(Money.of("JPY", "1000").toString()).isEqualTo("JPY 1,000");
    assertThat(cny("1").amount().scale()).isEqualTo(2);
  }
}
