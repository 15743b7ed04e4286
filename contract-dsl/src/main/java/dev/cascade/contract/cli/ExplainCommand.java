package dev.cascade.contract.cli;

import dev.cascade.contract.Rcl;
import dev.cascade.contract.ast.Rule;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.check.Checker;
import dev.cascade.contract.interpret.CaseReader;
import dev.cascade.contract.interpret.EvaluationErrors;
import dev.cascade.contract.parse.Keywords;
import dev.cascade.contract.runtime.AutomaticAction;
import dev.cascade.contract.runtime.EvaluationError;
import dev.cascade.contract.runtime.Occasion;
import dev.cascade.contract.runtime.Verdict;
import dev.cascade.contract.source.SourceFile;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rcl explain FILE --event split --input case.json}: which rules fired, why, with values.
 */
@Command(name = "explain", description = "Show which rules fire for an event and input, and why.")
final class ExplainCommand implements Callable<Integer> {

  @ParentCommand RclCommand rcl;

  @Parameters(index = "0", paramLabel = "FILE", description = "the RCL contract")
  Path file;

  @Option(
      names = "--event",
      required = true,
      description =
          "issue, accept, transfer, split, finance, pledge, release, maturity, payment, overdue, or day")
  String event;

  @Option(
      names = "--input",
      required = true,
      description = "JSON: today, certificate, operation, guarantor")
  Path input;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<SourceFile> source = Sources.read(file, err);
    Optional<Occasion> occasion = Keywords.occasion(event);
    if (source.isEmpty() || occasion.isEmpty()) {
      occasion.ifPresentOrElse(o -> {}, () -> err.println("unknown event ‘" + event + "’"));
      err.flush();
      return 2;
    }
    Rcl.Result result = Rcl.check(source.get());
    if (result.contract().isEmpty()) {
      rcl.output.print(out, source.get(), result.diagnostics());
      return 1;
    }
    var checked = result.contract().get();
    try {
      JsonObject json = CaseReader.readObject(input);
      Verdict verdict =
          rcl.output
              .engine
              .prepare(checked, source.get().text())
              .apply(new CaseReader(checked).input(occasion.get(), json));
      print(out, verdict, checked, occasion.get());
      return 0;
    } catch (CaseReader.CaseError e) {
      err.println(input + ": " + e.getMessage());
    } catch (EvaluationError e) {
      rcl.output.print(err, source.get(), List.of(EvaluationErrors.of(e, checked)));
    } catch (dev.cascade.contract.compile.CompilationFailed
        | dev.cascade.contract.sandbox.ContractRejected e) {
      err.println(file + ": " + e.getMessage());
    } catch (StackOverflowError e) {
      err.println(file + ": the contract nests too deeply to evaluate");
    }
    err.flush();
    return 1;
  }

  /** What a rule read, as the contract's language writes values: {@code 22 days}, {@code 22 天}. */
  private static void values(PrintWriter out, Verdict.Firing firing, boolean chinese) {
    firing.values().forEach(value -> out.println("      " + value.shown(chinese)));
  }

  /**
   * Every rule the event triggers, in the contract's order: fired, not fired (its condition was
   * false), or not reached (an earlier rule rejected), each with the values it read.
   */
  private void print(PrintWriter out, Verdict verdict, CheckedContract checked, Occasion occasion) {
    out.println(file + ": " + event);
    Map<String, Verdict.Firing> fired = new HashMap<>();
    verdict.fired().forEach(firing -> fired.put(firing.rule(), firing));
    Map<String, Verdict.Firing> notFired = new HashMap<>();
    verdict.notFired().forEach(firing -> notFired.put(firing.rule(), firing));
    boolean chinese = checked.contract().chinese();
    for (Rule rule : checked.contract().rules()) {
      if (!Checker.occasion(rule.trigger()).equals(occasion)) {
        continue;
      }
      String name = "\"" + rule.name() + "\"";
      if (fired.containsKey(rule.name())) {
        out.println("  " + rcl.output.word("fired") + " " + name);
        values(out, fired.get(rule.name()), chinese);
      } else if (notFired.containsKey(rule.name())) {
        out.println("  " + rcl.output.word("notFired").formatted(name));
        values(out, notFired.get(rule.name()), chinese);
      } else if (verdict.rejection().isPresent()) {
        out.println("  " + rcl.output.word("notReached").formatted(name));
      }
    }
    verdict
        .rejection()
        .ifPresentOrElse(
            rejection ->
                out.println(
                    "  "
                        + rcl.output
                            .word("rejected")
                            .formatted(rejection.rule(), rejection.message())),
            () -> out.println("  " + rcl.output.word("accepted")));
    if (!verdict.actions().isEmpty()) {
      out.println("  " + rcl.output.word("actions") + ":");
      for (AutomaticAction action : verdict.actions()) {
        out.println(
            "    "
                + action.render()
                + "   ("
                + rcl.output.word("rule")
                + " \""
                + action.rule()
                + "\")");
      }
    }
    out.flush();
  }
}
