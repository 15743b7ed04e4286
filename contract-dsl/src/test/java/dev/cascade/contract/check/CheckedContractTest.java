package dev.cascade.contract.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.contract.Rcl;
import dev.cascade.contract.source.SourceFile;
import org.junit.jupiter.api.Test;

/** What the ledger learns from a checked contract about the views it must fill. */
class CheckedContractTest {

  @Test
  void aViewOnlyTestedForPresenceIsStillRead() {
    CheckedContract checked =
        check(
            "rule \"guaranteed\" when maturity if there is a guarantor then notify guarantor\n"
                + "rule \"amount\" when issue if certificate.amount > CNY 1.00 then reject \"x\"\n");

    // Left out because never read, the guarantor would never be there.
    assertThat(checked.viewsRead()).containsExactly("certificate", "guarantor");
  }

  @Test
  void aViewNeitherReadNorTestedIsNotRead() {
    CheckedContract checked =
        check("rule \"amount\" when issue if certificate.amount > CNY 1.00 then reject \"x\"\n");

    assertThat(checked.viewsRead()).containsExactly("certificate");
  }

  private static CheckedContract check(String rules) {
    String source = "contract \"views\" version 1\ncurrency CNY\n" + rules;
    return Rcl.check(new SourceFile("views.rcl", source)).contract().orElseThrow();
  }
}
