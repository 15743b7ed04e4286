package dev.cascade.contract.cli;

import dev.cascade.contract.Rcl;
import dev.cascade.contract.compile.CompiledArtifact;
import dev.cascade.contract.compile.Compiler;
import dev.cascade.contract.cost.Bounds;
import dev.cascade.contract.cost.Cost;
import dev.cascade.contract.source.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rcl compile FILE -o DIR}: the contract's class and a manifest with its identity, the
 * compiler version and each rule's cost bound. The same source gives the same files on any JVM.
 */
@Command(name = "compile", description = "Compile a contract to a verified class and a manifest.")
final class CompileCommand implements Callable<Integer> {

  @ParentCommand RclCommand rcl;

  @Parameters(index = "0", paramLabel = "FILE", description = "the RCL contract")
  Path file;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR",
      description = "where to write the class and the manifest")
  Path directory;

  @Option(
      names = "--max-parts",
      description = "the list size cost bounds are computed for (default: ${DEFAULT-VALUE})")
  long maxParts = Bounds.DEFAULT.maxParts();

  @Option(
      names = "--max-steps",
      description = "the most steps a rule may take at that size (default: ${DEFAULT-VALUE})")
  long maxSteps = Bounds.DEFAULT.maxSteps();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<SourceFile> source = Sources.read(file, err);
    if (source.isEmpty()) {
      return 1;
    }
    Rcl.Result result = Rcl.check(source.get(), new Bounds(maxParts, maxSteps));
    if (result.contract().isEmpty()) {
      rcl.output.print(out, source.get(), result.diagnostics());
      return 1;
    }
    CompiledArtifact artifact;
    try {
      artifact = Compiler.compile(result.contract().get(), source.get().text());
      // Verify now, as a validator will: a class the sandbox refuses is never written.
      dev.cascade.contract.compile.ContractLoader.load(artifact, source.get().text());
    } catch (dev.cascade.contract.compile.CompilationFailed
        | dev.cascade.contract.sandbox.ContractRejected e) {
      err.println(file + ": " + e.getMessage());
      err.flush();
      return 1;
    }
    String simpleName = artifact.className().substring(artifact.className().lastIndexOf('.') + 1);
    try {
      Files.createDirectories(directory);
      Files.write(directory.resolve(simpleName + ".class"), artifact.bytes());
      Files.writeString(
          directory.resolve(simpleName + ".manifest"),
          manifest(artifact, result),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println(directory + ": cannot write: " + e.getMessage());
      err.flush();
      return 1;
    }
    out.println(
        file
            + ": compiled to "
            + directory.resolve(simpleName + ".class")
            + " (contract "
            + artifact.contractId()
            + ")");
    out.flush();
    return 0;
  }

  /** Properties syntax, written by hand so that no timestamp makes it differ between runs. */
  private String manifest(CompiledArtifact artifact, Rcl.Result result) {
    var contract = result.contract().get().contract();
    StringBuilder text = new StringBuilder();
    text.append("contract.id=").append(artifact.contractId()).append('\n');
    text.append("contract.name=").append(contract.name()).append('\n');
    text.append("contract.version=").append(contract.version()).append('\n');
    text.append("class=").append(artifact.className()).append('\n');
    text.append("compiler=rcl ").append(Compiler.VERSION).append('\n');
    text.append("bound.parts=").append(maxParts).append('\n');
    text.append("bound.steps=").append(maxSteps).append('\n');
    int index = 1;
    for (Map.Entry<String, Cost> rule : result.costs().entrySet()) {
      text.append("rule.").append(index).append(".name=").append(rule.getKey()).append('\n');
      text.append("rule.")
          .append(index)
          .append(".cost=")
          .append(rule.getValue().render())
          .append('\n');
      index++;
    }
    return text.toString();
  }
}
