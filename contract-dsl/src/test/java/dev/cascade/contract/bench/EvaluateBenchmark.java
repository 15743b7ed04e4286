package dev.cascade.contract.bench;

import dev.cascade.contract.Engine;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.runtime.Input;
import dev.cascade.contract.runtime.Verdict;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The example programme's rules evaluated for a mix of six operations, four ways: compiled,
 * interpreted, hand-written Java (same verdicts), and the guards alone in Apache Commons JEXL 3
 * (also with the amounts the actions compute). One invocation evaluates all six operations; scores
 * are per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluateBenchmark {

  private static final int OPERATIONS = 6;

  private List<Input> operations;
  private Function<Input, Verdict> compiled;
  private Function<Input, Verdict> interpreted;
  private HandWrittenProgramme handWritten;
  private JexlGuards jexl;
  private JexlGuards jexlWithActions;

  @Setup
  public void prepare() throws IOException {
    CheckedContract checked = Operations.checked();
    String source = Operations.source();
    operations = Operations.all(checked);
    compiled = Engine.COMPILED.prepare(checked, source);
    interpreted = Engine.INTERPRETED.prepare(checked, source);
    handWritten = new HandWrittenProgramme();
    jexl = new JexlGuards();
    jexlWithActions = new JexlGuards(true);
  }

  @Benchmark
  @OperationsPerInvocation(OPERATIONS)
  public void compiled(Blackhole verdicts) {
    for (Input operation : operations) {
      verdicts.consume(compiled.apply(operation));
    }
  }

  @Benchmark
  @OperationsPerInvocation(OPERATIONS)
  public void interpreted(Blackhole verdicts) {
    for (Input operation : operations) {
      verdicts.consume(interpreted.apply(operation));
    }
  }

  @Benchmark
  @OperationsPerInvocation(OPERATIONS)
  public void handWritten(Blackhole verdicts) {
    for (Input operation : operations) {
      verdicts.consume(handWritten.evaluate(operation));
    }
  }

  @Benchmark
  @OperationsPerInvocation(OPERATIONS)
  public void jexlGuards(Blackhole verdicts) {
    for (Input operation : operations) {
      verdicts.consume(jexl.evaluate(operation));
    }
  }

  @Benchmark
  @OperationsPerInvocation(OPERATIONS)
  public void jexlGuardsAndActions(Blackhole verdicts) {
    for (Input operation : operations) {
      verdicts.consume(jexlWithActions.evaluate(operation));
    }
  }
}
