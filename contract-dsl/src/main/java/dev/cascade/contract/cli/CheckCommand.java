package dev.cascade.contract.cli;

import dev.cascade.contract.Rcl;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code rcl check FILE…}: diagnostics; exit 0 when every file checks, 1 otherwise. */
@Command(name = "check", description = "Check contracts and report every problem found.")
final class CheckCommand implements Callable<Integer> {

  @Mixin Output output;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "RCL files")
  List<Path> files;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int failed = 0;
    for (Path file : files) {
      var source = Sources.read(file, spec.commandLine().getErr());
      if (source.isEmpty()) {
        failed++;
        continue;
      }
      Rcl.Result result = Rcl.check(source.get());
      output.print(out, source.get(), result.diagnostics());
      if (!result.diagnostics().isEmpty()) {
        failed++;
      }
    }
    out.println(
        String.format(
            java.util.Locale.ROOT,
            output.messages().word("checked"),
            files.size() - failed,
            failed));
    out.flush();
    return failed == 0 ? 0 : 1;
  }
}
