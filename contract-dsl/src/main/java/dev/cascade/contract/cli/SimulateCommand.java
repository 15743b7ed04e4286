package dev.cascade.contract.cli;

import dev.cascade.contract.Rcl;
import dev.cascade.contract.ast.Scenario;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.simulate.Behaviour;
import dev.cascade.contract.simulate.Plan;
import dev.cascade.contract.simulate.PortfolioFile;
import dev.cascade.contract.simulate.PortfolioGenerator;
import dev.cascade.contract.simulate.Results;
import dev.cascade.contract.simulate.ResultsJson;
import dev.cascade.contract.simulate.ResultsPage;
import dev.cascade.contract.simulate.Simulator;
import dev.cascade.contract.source.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rcl simulate FILE}: runs the contract's WHAT-IF scenarios over a portfolio and prints what
 * they measured, with each expectation PASS or FAIL; exit 0 when every expectation held, 1 when one
 * failed or the contract does not check, 2 for bad input.
 */
@Command(
    name = "simulate",
    description = "Run a contract's WHAT-IF scenarios over a portfolio of receivables.")
final class SimulateCommand implements Callable<Integer> {

  @ParentCommand RclCommand rcl;

  @Parameters(index = "0", paramLabel = "FILE", description = "the contract whose scenarios run")
  Path file;

  @Option(
      names = "--scenario",
      paramLabel = "NAME",
      description = "run only this scenario (default: every scenario of the file)")
  Optional<String> scenario = Optional.empty();

  /** Where the portfolio comes from: a file, a generator, or (neither) the demo's ledger. */
  static final class Source {
    @Option(
        names = "--portfolio",
        paramLabel = "FILE",
        description = "the portfolio, as a ledger node exports it (default: the demo's ledger)")
    Optional<Path> file = Optional.empty();

    @Option(
        names = "--generate",
        paramLabel = "SETTINGS",
        description =
            "a synthetic portfolio, e.g. certificates=10000,tiers=3,suppliers=20,seed=7"
                + " (see the RCL reference for every setting)")
    Optional<String> generate = Optional.empty();
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Source source = new Source();

  @Option(
      names = "--behaviour",
      paramLabel = "SETTINGS",
      description =
          "how the parties act, changed from the portfolio's, e.g."
              + " patience=120/60/30,anticipate=false,rate=0.04,newBusiness=false,observation=60")
  Optional<String> behaviour = Optional.empty();

  @Option(names = "--runs", paramLabel = "N", description = "runs, instead of the scenario's own")
  Optional<Long> runs = Optional.empty();

  @Option(names = "--seed", paramLabel = "S", description = "seed, instead of the scenario's own")
  Optional<Long> seed = Optional.empty();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "threads to run on (default: one a processor); results do not depend on it")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--json", paramLabel = "FILE", description = "write the results as JSON")
  Optional<Path> json = Optional.empty();

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description = "write a report page with charts, to open in a browser")
  Optional<Path> html = Optional.empty();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<SourceFile> read = Sources.read(file, err);
    if (read.isEmpty()) {
      return 2;
    }
    Rcl.Result checked = Rcl.check(read.get());
    if (checked.contract().isEmpty()) {
      rcl.output.print(err, read.get(), checked.diagnostics());
      return 1;
    }
    CheckedContract contract = checked.contract().get();
    List<Scenario> chosen = chosen(contract, err);
    if (chosen.isEmpty()) {
      return 2;
    }
    PortfolioFile.Contents portfolio;
    try {
      portfolio = portfolio();
    } catch (PortfolioFile.Invalid | PortfolioGenerator.Invalid | IOException e) {
      err.println(portfolioName() + ": " + e.getMessage());
      err.flush();
      return 2;
    }
    try {
      if (behaviour.isPresent()) {
        portfolio =
            new PortfolioFile.Contents(
                portfolio.portfolio(), portfolio.behaviour().with(behaviour.get()));
      }
    } catch (IllegalArgumentException e) {
      err.println("--behaviour: " + e.getMessage());
      err.flush();
      return 2;
    }
    Simulator simulator = new Simulator(contract, read.get().text());
    ResultsTable table = new ResultsTable(rcl.output.messages());
    List<Results> all = new ArrayList<>();
    boolean failed = false;
    for (Scenario each : chosen) {
      Plan.Made made = Plan.of(contract, each, portfolio.portfolio(), runs, seed);
      if (made instanceof Plan.Refused refused) {
        rcl.output.print(err, read.get(), refused.diagnostics());
        failed = true;
        continue;
      }
      Plan plan = ((Plan.Ready) made).plan();
      Results results =
          simulator.run(
              plan,
              portfolio.portfolio(),
              portfolio.behaviour(),
              threads,
              RunProgress.forTerminal(each.name(), plan.runs()));
      out.print(table.render(results, portfolioName()));
      out.flush();
      failed |= results.expectations().stream().anyMatch(e -> !e.passed());
      all.add(results);
    }
    try {
      if (json.isPresent()) {
        Files.writeString(json.get(), ResultsJson.write(all), StandardCharsets.UTF_8);
      }
      if (html.isPresent()) {
        Files.writeString(
            html.get(), ResultsPage.write(all, rcl.output.messages()), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      err.println("cannot write the results: " + e.getMessage());
      err.flush();
      return 2;
    }
    return failed ? 1 : 0;
  }

  private List<Scenario> chosen(CheckedContract contract, PrintWriter err) {
    List<Scenario> scenarios = contract.contract().scenarios();
    if (scenarios.isEmpty()) {
      err.println(file + ": the contract has no scenario to run");
      err.flush();
      return List.of();
    }
    if (scenario.isEmpty()) {
      return scenarios;
    }
    List<Scenario> named = scenarios.stream().filter(s -> s.name().equals(scenario.get())).toList();
    if (named.isEmpty()) {
      err.println(
          file
              + ": no scenario \""
              + scenario.get()
              + "\"; its scenarios are "
              + scenarios.stream().map(s -> "\"" + s.name() + "\"").toList());
      err.flush();
    }
    return named;
  }

  private PortfolioFile.Contents portfolio() throws IOException {
    if (source.file.isPresent()) {
      try (var reader = Files.newBufferedReader(source.file.get(), StandardCharsets.UTF_8)) {
        return PortfolioFile.read(reader);
      }
    }
    if (source.generate.isPresent()) {
      PortfolioGenerator generator = PortfolioGenerator.parse(source.generate.get());
      return new PortfolioFile.Contents(generator.generate(), Behaviour.DEFAULT);
    }
    return PortfolioFile.demo();
  }

  private String portfolioName() {
    return source
        .file
        .map(Path::toString)
        .or(() -> source.generate.map(g -> "generated: " + g))
        .orElse("the demo ledger");
  }
}
