package dev.cascade.contract.cli;

import dev.cascade.contract.Rcl;
import dev.cascade.contract.golden.GoldenRunner;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rcl check FILE|DIR…}: diagnostics; exit 0 when every file checks, 1 otherwise. A directory
 * stands for every {@code .rcl} file below it.
 */
@Command(name = "check", description = "Check contracts and report every problem found.")
final class CheckCommand implements Callable<Integer> {

  @ParentCommand RclCommand rcl;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "RCL files, or directories: every .rcl file below them")
  List<Path> files;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int failed = 0;
    int clean = 0;
    List<Path> all = new ArrayList<>();
    for (Path file : files) {
      if (!Files.isDirectory(file)) {
        all.add(file);
      } else if (GoldenRunner.files(file).isEmpty()) {
        spec.commandLine().getErr().println(file + ": no .rcl files below it");
        spec.commandLine().getErr().flush();
        failed++;
      } else {
        all.addAll(GoldenRunner.files(file));
      }
    }
    for (Path file : all) {
      var source = Sources.read(file, spec.commandLine().getErr());
      if (source.isEmpty()) {
        failed++;
        continue;
      }
      Rcl.Result result = Rcl.check(source.get());
      rcl.output.print(out, source.get(), result.diagnostics());
      if (result.contract().isPresent()) {
        clean++;
      } else {
        failed++;
      }
    }
    out.println(
        String.format(java.util.Locale.ROOT, rcl.output.messages().word("checked"), clean, failed));
    out.flush();
    return failed == 0 ? 0 : 1;
  }
}
