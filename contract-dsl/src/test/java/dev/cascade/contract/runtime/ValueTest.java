package dev.cascade.contract.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values as a contract shows them: in RCL's English spelling, or as a Chinese contract writes. */
class ValueTest {

  private static final Unit CNY = Unit.money("CNY");

  @Test
  void aChineseContractShowsDurationsRatesAndTruthInChinese() {
    assertThat(days(22).renderChinese()).isEqualTo("22 天");
    assertThat(new Value.Numeric(new BigDecimal("0.018"), Unit.rate(Period.YEAR)).renderChinese())
        .isEqualTo("1.8% 每 年");
    assertThat(new Value.Bool(false).renderChinese()).isEqualTo("假");
    assertThat(money("1505500.00").renderChinese()).isEqualTo("CNY 1,505,500.00");
  }

  @Test
  void aQuotientThatDoesNotEndIsMarkedInEitherLanguage() {
    Value third = new Value.Quotient(BigDecimal.TEN, new BigDecimal(3), Unit.DURATION);

    assertThat(third.render()).isEqualTo("3.333333 days…");
    assertThat(third.renderChinese()).isEqualTo("3.333333 天…");
  }

  @Test
  void listsAndPartsAreShownInChinese() {
    Value holder =
        new Value.Entity(EntityKind.PARTY, Map.of("name", new Value.Text("Ningbo Castings")));
    Value held =
        new Value.Entity(EntityKind.PART, Map.of("amount", money("500.00"), "holder", holder));
    Value bare = new Value.Entity(EntityKind.PART, Map.of("amount", money("1000.00")));
    Value parts = new Value.ListValue(List.of(held, bare));

    assertThat(parts.render())
        .isEqualTo("[a part of CNY 500.00 for party \"Ningbo Castings\", a part of CNY 1,000.00]");
    assertThat(parts.renderChinese())
        .isEqualTo("[拆分部分 CNY 500.00（参与方 \"Ningbo Castings\"）、拆分部分 CNY 1,000.00]");
    assertThat(new Value.ListValue(List.of(days(22), days(1))).renderChinese())
        .isEqualTo("[22 天、1 天]");
    assertThat(new Value.Entity(EntityKind.OPERATION, Map.of()).renderChinese()).isEqualTo("交易");
  }

  private static Value days(int days) {
    return new Value.Numeric(BigDecimal.valueOf(days), Unit.DURATION);
  }

  private static Value money(String amount) {
    return new Value.Numeric(new BigDecimal(amount), CNY);
  }
}
