package dev.cascade.contract.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.contract.Rcl;
import dev.cascade.contract.source.SourceFile;
import org.junit.jupiter.api.Test;

class CostTest {

  @Test
  void costsGrowWithTheListsARuleWalks() {
    Rcl.Result result =
        Rcl.check(
            new SourceFile(
                "c.rcl",
                """
                contract "c" version 1
                currency CNY
                rule "flat" when issue if certificate.amount > CNY 1.00 then notify holder
                rule "linear" when split if sum of parts.amount > CNY 1.00 then notify holder
                rule "quadratic" when split if any a in parts has (all b in parts has a.tier = b.tier) then notify holder
                """));

    assertThat(result.costs().get("flat").coefficients()).hasSize(1);
    assertThat(result.costs().get("linear").coefficients()).hasSize(2);
    assertThat(result.costs().get("quadratic").coefficients()).hasSize(3);
    assertThat(result.costs().get("quadratic").steps(10))
        .isLessThan(result.costs().get("quadratic").steps(100));
  }

  @Test
  void rendersAndSaturates() {
    Cost cost = new Cost(new long[] {6, 2, 12});

    assertThat(cost.render()).isEqualTo("6 + 2·parts + 12·parts²");
    assertThat(cost.steps(1_000)).isEqualTo(12_002_006L);
    assertThat(cost.steps(Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
  }
}
