package dev.cascade.contract.cli;

import dev.cascade.contract.diagnostic.Messages;
import dev.cascade.contract.golden.GoldenResult;
import dev.cascade.contract.golden.GoldenRunner;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rcl test DIR} (or one {@code .rcl} file): runs the golden files below DIR. A file passes
 * only when it tested something and all of it matched: a contract without cases, or with scenario
 * expectations that nothing evaluates yet, is reported untested, and fails the run as a failure
 * does.
 */
@Command(
    name = "test",
    description = "Run golden files: .rcl files with # error: lines and .cases.json beside them.")
final class TestCommand implements Callable<Integer> {

  @ParentCommand RclCommand rcl;

  @Parameters(
      index = "0",
      paramLabel = "DIR",
      description = "directory of golden files, or one .rcl file with its .cases.json beside it")
  Path directory;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    boolean oneFile = Files.isRegularFile(directory) && directory.toString().endsWith(".rcl");
    if (!oneFile && !Files.isDirectory(directory)) {
      spec.commandLine().getErr().println(directory + ": not a directory or an .rcl file");
      spec.commandLine().getErr().flush();
      return 2;
    }
    List<Path> files = oneFile ? List.of(directory) : GoldenRunner.files(directory);
    if (files.isEmpty()) {
      spec.commandLine().getErr().println(directory + ": no .rcl files below it");
      spec.commandLine().getErr().flush();
      return 1;
    }
    Messages messages = rcl.output.messages();
    GoldenRunner runner = new GoldenRunner(rcl.output.engine, messages);
    int passed = 0;
    int failed = 0;
    for (Path file : files) {
      GoldenResult result = runner.run(file);
      String counts = " (" + result.counts(messages) + ")";
      if (result.passed()) {
        passed++;
        out.println(messages.word("pass") + " " + file + counts);
        continue;
      }
      if (result.failures().isEmpty()) {
        out.println(messages.word("untested") + " " + file + counts);
      } else {
        failed++;
        out.println(messages.word("fail") + " " + file + counts);
      }
      result.failures().forEach(failure -> out.println("     " + failure));
      result
          .untested()
          .forEach(reason -> out.println("     " + messages.word("why untested") + " " + reason));
    }
    int untested = files.size() - passed - failed;
    out.println(messages.word("tested").formatted(passed, failed, untested));
    out.flush();
    return passed == files.size() ? 0 : 1;
  }
}
