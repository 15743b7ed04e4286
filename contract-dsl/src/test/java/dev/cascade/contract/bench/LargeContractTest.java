package dev.cascade.contract.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.contract.Rcl;
import dev.cascade.contract.compile.CompiledArtifact;
import dev.cascade.contract.compile.Compiler;
import dev.cascade.contract.compile.ContractLoader;
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

  @Test
  void aThousandGeneratedRulesCompileToOneVerifiedClass() {
    String source = LargeContract.withRules(1000);
    Rcl.Result result = Rcl.check(new SourceFile("generated.rcl", source));

    CompiledArtifact artifact = Compiler.compile(result.contract().orElseThrow(), source);

    assertThat(ContractLoader.load(artifact, source).contractId()).isEqualTo(artifact.contractId());
  }
}
