package dev.cascade.contract.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.contract.Rcl;
import dev.cascade.contract.source.SourceFile;
import org.junit.jupiter.api.Test;

/** The benchmark's contract must check, or the benchmark measures error reporting. */
class LargeContractTest {

  @Test
  void aThousandGeneratedRulesCheckClean() {
    Rcl.Result result = Rcl.check(new SourceFile("generated.rcl", LargeContract.withRules(1000)));

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.contract().orElseThrow().contract().rules()).hasSize(1000);
  }
}
