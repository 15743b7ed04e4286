package dev.cascade.contract.bench;

import dev.cascade.contract.Rcl;
import dev.cascade.contract.compile.Compiler;
import dev.cascade.contract.compile.ContractLoader;
import dev.cascade.contract.runtime.CompiledContract;
import dev.cascade.contract.source.SourceFile;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long checking (and compiling, verifying, loading) a contract takes, by its number of rules.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CheckBenchmark {

  @Param({"100", "1000"})
  int rules;

  private SourceFile source;

  @Setup
  public void generate() {
    source = new SourceFile("generated.rcl", LargeContract.withRules(rules));
    Rcl.Result result = Rcl.check(source);
    if (result.contract().isEmpty()) {
      throw new IllegalStateException("generated contract does not check: " + result.diagnostics());
    }
  }

  @Benchmark
  public Rcl.Result check() {
    return Rcl.check(source);
  }

  /** What deploying a contract version costs a validator: check, compile, verify, load. */
  @Benchmark
  public CompiledContract checkCompileVerifyAndLoad() {
    Rcl.Result result = Rcl.check(source);
    return ContractLoader.load(
        Compiler.compile(result.contract().orElseThrow(), source.text()), source.text());
  }
}
