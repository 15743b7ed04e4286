package dev.cascade.contract.cli;

import dev.cascade.contract.golden.GoldenResult;
import dev.cascade.contract.golden.GoldenRunner;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code rcl test DIR}: runs the golden files below DIR. */
@Command(
    name = "test",
    description = "Run golden files: .rcl files with # error: lines and .cases.json beside them.")
final class TestCommand implements Callable<Integer> {

  @Mixin Output output;

  @Parameters(index = "0", paramLabel = "DIR", description = "directory of golden files")
  Path directory;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(directory)) {
      spec.commandLine().getErr().println(directory + ": not a directory");
      spec.commandLine().getErr().flush();
      return 2;
    }
    List<Path> files = GoldenRunner.files(directory);
    GoldenRunner runner = new GoldenRunner(output.engine);
    int passed = 0;
    for (Path file : files) {
      GoldenResult result = runner.run(file);
      if (result.passed()) {
        passed++;
        out.println("PASS " + file);
      } else {
        out.println("FAIL " + file);
        result.failures().forEach(failure -> out.println("     " + failure));
      }
    }
    out.println(passed + " passed, " + (files.size() - passed) + " failed");
    out.flush();
    return passed == files.size() ? 0 : 1;
  }
}
