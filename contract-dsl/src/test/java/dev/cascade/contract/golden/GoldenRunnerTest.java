package dev.cascade.contract.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The runner must fail files that do not meet their expectations, or golden tests prove nothing.
 */
class GoldenRunnerTest {

  @TempDir Path directory;

  @Test
  void failsAMissingExpectedDiagnostic() throws IOException {
    Path file = write("ok.rcl", "contract \"x\" version 1\ncurrency CNY # error: E101\n");

    assertThat(new GoldenRunner().run(file).failures())
        .containsExactly("line 2: expected E101, got none");
  }

  @Test
  void failsAnUnexpectedDiagnostic() throws IOException {
    Path file = write("bad.rcl", "contract \"x\" version 1\ncurrency XYZ\n");

    assertThat(new GoldenRunner().run(file).failures())
        .singleElement()
        .asString()
        .contains("unexpected E101");
  }

  @Test
  void failsAWrongMessageInEitherLanguage() throws IOException {
    Path file = write("message.rcl", "contract \"x\" version 1\ncurrency XYZ # 错误: E101 错的消息\n");

    assertThat(new GoldenRunner().run(file).failures())
        .singleElement()
        .asString()
        .contains("XYZ 不是 Cascade 支持的币种");
  }

  @Test
  void failsACaseWithTheWrongOutcome() throws IOException {
    Path file = rejectingIssues();
    write(
        "rules.cases.json",
        "[{\"name\": \"c\", \"event\": \"issue\", \"input\": {\"today\": \"2026-01-01\"},"
            + " \"expect\": {\"outcome\": \"accepted\"}}]");

    assertThat(new GoldenRunner().run(file).failures())
        .containsExactly("c: expected outcome accepted, got rejected");
  }

  /** A case the ledger could never produce is refused, naming what the ledger does fill. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "issue | \"parts\": [] | parts: the ledger does not fill this on issue;"
            + " it fills today, certificate, operation, guarantor",
        "transfer | \"operation\": {\"rate\": \"1%\"} | operation.rate: the ledger fills no such"
            + " field here; operation has kind, amount, sender, receiver, parts",
        "issue | \"certificate\": {\"holder\": {\"credit line\": \"CNY 1.00\"}}"
            + " | certificate.holder.credit line: the ledger fills no such field here;"
            + " certificate.holder has name, roles, tier",
        "finance | \"operation\": {\"interest\": \"CNY 1.00\"} | operation.interest: is"
            + " computed by the contract's rules, not an input",
        "issue | \"certificate\": {\"amount\": \"CNY 1.005\"} | certificate.amount: has more"
            + " decimals than CNY has (2): the ledger refuses such an amount",
        "split | \"parts\": [] | parts: write the parts as operation.parts (they are the same"
            + " list)",
        "issue | \"certificate\": {\"state\": \"逾期了\"} | certificate.state: the ledger stores"
            + " no state ‘逾期了’; states: issued, accepted, overdue, settled, cancelled, superseded"
      })
  void refusesACaseFieldTheLedgerWouldNotFill(String event, String input, String error)
      throws IOException {
    Path file = rejectingIssues();
    write(
        "rules.cases.json",
        "[{\"name\": \"c\", \"event\": \""
            + event
            + "\", \"input\": {\"today\": \"2026-01-01\", "
            + input
            + "}, \"expect\": {\"outcome\": \"accepted\"}}]");

    assertThat(new GoldenRunner().run(file).failures()).containsExactly("c: " + error);
  }

  /** A case that could pass because it expects nothing, or expects it wrongly, is an error. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"expected\": {} | expected: unknown key; a case has name, event, input, expect",
        "\"expect\": {} | expect: is empty: give at least the outcome, \"accepted\" or"
            + " \"rejected\"",
        "\"expect\": {\"outcome\": \"refused\"} | expect.outcome: unknown outcome ‘refused’;"
            + " outcomes: accepted, rejected",
        "\"expect\": {\"outcom\": \"rejected\"} | expect.outcom: unknown key; an expectation"
            + " has outcome, rule, message, fired, actions",
        "\"expect\": {\"outcome\": \"accepted\", \"rule\": \"r\"} | expect.rule: an accepted"
            + " case has no rejecting rule: remove it",
        "\"expect\": {\"outcome\": \"rejected\", \"actions\": \"none\"} | expect.actions:"
            + " expected a list of texts [\"…\", …], not \"none\"",
        "\"expect\": {\"outcome\": 1} | expect.outcome: expected text in quotes, not 1",
        "\"event\": \"finanse\" | event: unknown event ‘finanse’; events: issue, accept,"
            + " transfer, split, finance, pledge, release, maturity, payment, overdue, day",
        "\"input\": [] | input: expected an object { … }, not []"
      })
  void refusesACaseOfTheWrongShape(String replacement, String error) throws IOException {
    Path file = rejectingIssues();
    String key = replacement.substring(1, replacement.indexOf('"', 1));
    StringBuilder testCase = new StringBuilder("{\"name\": \"c\"");
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("event", "\"issue\"");
    parts.put("input", "{\"today\": \"2026-01-01\"}");
    parts.put("expect", "{\"outcome\": \"rejected\"}");
    parts.remove(key);
    parts.forEach((k, v) -> testCase.append(", \"").append(k).append("\": ").append(v));
    testCase.append(", ").append(replacement).append('}');
    write("rules.cases.json", "[" + testCase + "]");

    assertThat(new GoldenRunner().run(file).failures()).containsExactly("c: " + error);
  }

  @Test
  void aContractWithRulesButNoCasesIsUntestedNotPassed() throws IOException {
    GoldenResult result = new GoldenRunner().run(rejectingIssues());

    assertThat(result.passed()).isFalse();
    assertThat(result.failures()).isEmpty();
    assertThat(result.untested()).containsExactly("no cases: write rules.cases.json beside it");
    write("rules.cases.json", "[]");
    assertThat(new GoldenRunner().run(rejectingIssues()).untested())
        .containsExactly("rules.cases.json has no cases");
  }

  /** A contract whose one rule rejects every issue. */
  private Path rejectingIssues() throws IOException {
    return write(
        "rules.rcl",
        "contract \"x\" version 1\ncurrency CNY\nrule \"r\" when issue then reject \"no\"\n");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(directory.resolve(name), text);
  }
}
