package dev.cascade.contract.golden;

import dev.cascade.contract.Engine;
import dev.cascade.contract.Rcl;
import dev.cascade.contract.ast.Scenario;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.compile.CompilationFailed;
import dev.cascade.contract.diagnostic.Diagnostic;
import dev.cascade.contract.diagnostic.DiagnosticPrinter;
import dev.cascade.contract.diagnostic.Messages;
import dev.cascade.contract.interpret.CaseReader;
import dev.cascade.contract.interpret.EvaluationErrors;
import dev.cascade.contract.runtime.EvaluationError;
import dev.cascade.contract.runtime.Input;
import dev.cascade.contract.runtime.Occasion;
import dev.cascade.contract.runtime.Verdict;
import dev.cascade.contract.sandbox.ContractRejected;
import dev.cascade.contract.simulate.Plan;
import dev.cascade.contract.simulate.PortfolioFile;
import dev.cascade.contract.simulate.Results;
import dev.cascade.contract.simulate.Simulator;
import dev.cascade.contract.source.SourceFile;
import dev.cascade.contract.source.Utf8;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/** Runs golden files: their diagnostics against their {@code # error:} lines, then their cases. */
public final class GoldenRunner {

  private final Engine engine;
  private final Messages messages;

  /** Cases run on the compiled engine, as validators run them. */
  public GoldenRunner() {
    this(Engine.COMPILED);
  }

  public GoldenRunner(Engine engine) {
    this(engine, Messages.english());
  }

  /** What it could not test, and the evaluation errors of cases, said in {@code messages}. */
  public GoldenRunner(Engine engine, Messages messages) {
    this.engine = engine;
    this.messages = messages;
  }

  /** Every {@code .rcl} file below {@code directory}, in a stable order. */
  public static List<Path> files(Path directory) {
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(p -> p.toString().endsWith(".rcl")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public GoldenResult run(Path file) {
    List<String> failures = new ArrayList<>();
    List<String> untested = new ArrayList<>();
    Optional<String> source = read(file, failures);
    if (source.isEmpty()) {
      return new GoldenResult(file, failures, untested, 0, 0, 0);
    }
    String text = source.get();
    Rcl.Result result = Rcl.check(new SourceFile(file.toString(), text));
    List<Expectation> expected = Expectation.in(text);
    compareDiagnostics(expected, result.diagnostics(), failures);
    Path cases = casesOf(file);
    int ran = 0;
    if (Files.exists(cases)) {
      if (result.contract().isEmpty()) {
        failures.add("has cases, but the contract does not check");
      } else {
        try {
          ran =
              runCases(
                  engine.prepare(result.contract().get(), text),
                  result.contract().get(),
                  cases,
                  failures);
        } catch (CompilationFailed | ContractRejected e) {
          failures.add("does not compile: " + e.getMessage());
        }
        if (ran == 0 && failures.isEmpty()) {
          untested.add(messages.word("noCasesIn").formatted(cases.getFileName()));
        }
      }
    } else if (result.contract().filter(c -> !c.contract().rules().isEmpty()).isPresent()
        && expected.isEmpty()) {
      untested.add(messages.word("noCases").formatted(cases.getFileName()));
    }
    int judged =
        result.contract().map(checked -> runScenarios(file, checked, text, failures)).orElse(0);
    return new GoldenResult(file, failures, untested, ran, expected.size(), judged);
  }

  /**
   * Runs every scenario that has expectations, over the portfolio {@code NAME.portfolio.json}
   * beside the file or else the demo ledger's, with the scenario's own runs and seed; an
   * expectation that does not hold is a failure.
   *
   * @return how many expectations were judged
   */
  private int runScenarios(Path file, CheckedContract checked, String text, List<String> failures) {
    List<Scenario> tested =
        checked.contract().scenarios().stream().filter(s -> !s.expectations().isEmpty()).toList();
    if (tested.isEmpty()) {
      return 0;
    }
    Path portfolioFile = siblingOf(file, ".portfolio.json");
    PortfolioFile.Contents portfolio;
    try {
      portfolio =
          Files.exists(portfolioFile)
              ? PortfolioFile.read(Files.readString(portfolioFile))
              : PortfolioFile.demo();
    } catch (IOException | PortfolioFile.Invalid e) {
      failures.add(portfolioFile.getFileName() + ": " + e.getMessage());
      return 0;
    }
    String portfolioName =
        Files.exists(portfolioFile) ? portfolioFile.getFileName().toString() : "demo";
    Simulator simulator = new Simulator(checked, text);
    DiagnosticPrinter printer = new DiagnosticPrinter(messages, false);
    SourceFile source = new SourceFile(file.toString(), text);
    int judged = 0;
    for (Scenario scenario : tested) {
      Plan.Made made =
          Plan.of(checked, scenario, portfolio.portfolio(), Optional.empty(), Optional.empty());
      if (made instanceof Plan.Refused refused) {
        failures.add(messages.word("scenarioRefused").formatted(scenario.name(), portfolioName));
        refused.diagnostics().forEach(d -> failures.add(printer.render(source, d).strip()));
        continue;
      }
      Results results =
          simulator.run(
              ((Plan.Ready) made).plan(),
              portfolio.portfolio(),
              portfolio.behaviour(),
              Runtime.getRuntime().availableProcessors(),
              (done, total) -> {});
      for (Results.Judgement judgement : results.expectations()) {
        judged++;
        if (!judgement.passed()) {
          failures.add(
              messages
                  .word("expectationFailed")
                  .formatted(
                      scenario.name(),
                      judgement.expectation(),
                      judgement.statistic(),
                      judgement.passRate().movePointRight(2).stripTrailingZeros().toPlainString()
                          + "%"));
          judgement.misses().forEach(miss -> failures.add("  " + miss));
        }
      }
    }
    return judged;
  }

  static Path casesOf(Path file) {
    return siblingOf(file, ".cases.json");
  }

  /** The file beside {@code file} with the same name and another ending. */
  private static Path siblingOf(Path file, String ending) {
    String name = file.getFileName().toString();
    return file.resolveSibling(name.substring(0, name.length() - ".rcl".length()) + ending);
  }

  /** English and Chinese expectations of one diagnostic match the same diagnostic. */
  private static void compareDiagnostics(
      List<Expectation> expected, List<Diagnostic> actual, List<String> failures) {
    for (Expectation expectation : expected) {
      Optional<Diagnostic> match =
          actual.stream()
              .filter(d -> d.span().line() == expectation.line() && d.code() == expectation.code())
              .findFirst();
      if (match.isEmpty()) {
        failures.add(
            "line " + expectation.line() + ": expected " + expectation.code().id() + ", got none");
        continue;
      }
      expectation
          .message()
          .ifPresent(
              message -> {
                String rendered = expectation.language().message(match.get());
                if (!rendered.equals(message)) {
                  failures.add(
                      "line "
                          + expectation.line()
                          + ": expected message \""
                          + message
                          + "\", got \""
                          + rendered
                          + "\"");
                }
              });
    }
    for (Diagnostic surprise : actual) {
      boolean wanted =
          expected.stream()
              .anyMatch(e -> e.line() == surprise.span().line() && e.code() == surprise.code());
      if (!wanted) {
        failures.add(
            "line "
                + surprise.span().line()
                + ":"
                + surprise.span().column()
                + ": unexpected "
                + surprise.code().id()
                + " "
                + Messages.english().message(surprise));
      }
    }
  }

  private int runCases(
      Function<Input, Verdict> contractRun,
      CheckedContract contract,
      Path file,
      List<String> failures) {
    JsonArray cases;
    try {
      cases = CaseReader.readArray(file);
    } catch (CaseReader.CaseError e) {
      failures.add(e.getMessage());
      return 0;
    }
    CaseReader reader = new CaseReader(contract);
    for (int i = 0; i < cases.size(); i++) {
      if (!(cases.get(i) instanceof JsonObject testCase)) {
        failures.add(file.getFileName() + "[" + i + "]: a case is a JSON object");
        continue;
      }
      String name =
          testCase.get("name") instanceof JsonString named ? named.getString() : "case " + (i + 1);
      try {
        CaseShape.check(testCase);
        Occasion occasion = CaseShape.occasion(testCase);
        Verdict verdict =
            contractRun.apply(reader.input(occasion, testCase.getJsonObject("input")));
        CaseCheck.compare(name, testCase.getJsonObject("expect"), verdict, failures);
      } catch (CaseReader.CaseError e) {
        failures.add(name + ": " + e.getMessage());
      } catch (EvaluationError e) {
        failures.add(name + ": " + evaluationError(e, contract));
      }
    }
    return cases.size();
  }

  /** {@code 5:6: error[E301]: rule "tenor" cannot be evaluated: … (hint: …)}, on one line. */
  private String evaluationError(EvaluationError error, CheckedContract contract) {
    Diagnostic diagnostic = EvaluationErrors.of(error, contract);
    String hint =
        messages
            .hint(diagnostic)
            .map(h -> " (" + messages.word("hint") + ": " + h + ")")
            .orElse("");
    return diagnostic.span().line()
        + ":"
        + diagnostic.span().column()
        + ": "
        + messages.word("error")
        + "["
        + diagnostic.code().id()
        + "]: "
        + messages.message(diagnostic)
        + hint;
  }

  private static Optional<String> read(Path file, List<String> failures) {
    try {
      return Optional.of(Utf8.read(file));
    } catch (Utf8.NotUtf8 e) {
      failures.add("line " + e.line() + ":" + e.column() + ": " + e.getMessage());
      return Optional.empty();
    } catch (IOException e) {
      failures.add("cannot read it: " + e.getMessage());
      return Optional.empty();
    }
  }

  static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}
