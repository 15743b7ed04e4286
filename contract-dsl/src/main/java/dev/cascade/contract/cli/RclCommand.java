package dev.cascade.contract.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ScopeType;

/** {@code rcl}: the analyst's and tester's command line for RCL contracts. */
@Command(
    name = "rcl",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    versionProvider = VersionProvider.class,
    description = "Check, explain, test and simulate RCL contracts.",
    subcommands = {
      HelpCommand.class,
      CheckCommand.class,
      CompileCommand.class,
      ExplainCommand.class,
      FieldsCommand.class,
      SimulateCommand.class,
      TestCommand.class
    })
public final class RclCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin Output output;

  public static void main(String[] arguments) {
    System.exit(run(arguments));
  }

  /** Runs {@code rcl} and answers its exit status: 0 ok, 1 findings, 2 usage. */
  public static int run(String... arguments) {
    return commandLine().execute(arguments);
  }

  /**
   * The command line as {@code rcl} configures it: {@code --colour never} and {@code NEVER} alike.
   */
  public static CommandLine commandLine() {
    return new CommandLine(new RclCommand()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
