package dev.cascade.contract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RclCommandTest {

  private static final String EXAMPLE = "examples/programme.rcl";

  @TempDir Path directory;

  /** What a run printed and the status it exited with. */
  record Run(int status, String out, String err) {}

  @Test
  void explainComputesDiscountInterestAndProceedsToTheCent() {
    Run run =
        rcl(
            "explain",
            EXAMPLE,
            "--event",
            "finance",
            "--input",
            "examples/finance-case.json",
            "--lang",
            "en");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("fired \"discount interest\"")
        .contains("operation.rate = 1.8%", "operation.days = 22 days", "discount basis = 360")
        .contains("set operation.interest to CNY 1,656.05")
        .contains("set operation.proceeds to CNY 1,503,843.95")
        .contains("  accepted");
  }

  @Test
  void explainSpeaksChinese() {
    Run run =
        rcl(
            "explain",
            EXAMPLE,
            "--event",
            "finance",
            "--input",
            "examples/finance-case.json",
            "--lang",
            "zh");

    assertThat(run.out()).contains("触发 \"discount interest\"", "自动动作", "通过");
  }

  /** A contract written in Chinese shows what its rules read as it writes values. */
  @Test
  void explainShowsAChineseContractsValuesInChinese() throws IOException {
    Path split =
        Files.writeString(
            directory.resolve("split.json"),
            "{\"today\": \"2026-03-01\", \"certificate\": {\"amount\": \"CNY 1,000.00\"},"
                + " \"operation\": {\"parts\": [{\"amount\": \"CNY 500.00\", \"holder\":"
                + " {\"name\": \"宁波铸造\"}}, {\"amount\": \"CNY 500.00\"}]}}");
    String contract = "src/test/golden/chinese/programme-zh.rcl";

    Run finance =
        rcl("explain", contract, "--event", "融资", "--input", "examples/finance-case.json");
    Run parts = rcl("explain", contract, "--event", "拆分", "--input", split.toString());

    assertThat(finance.out())
        .contains("operation.days = 22 天", "operation.rate = 1.8% 每 年")
        .doesNotContain("22 days");
    assertThat(parts.out()).contains("parts = [拆分部分 CNY 500.00（参与方 \"宁波铸造\"）、拆分部分 CNY 500.00]");
  }

  @Test
  void checkExitsZeroOnACleanContractAndOneWithDiagnostics() throws IOException {
    Path broken =
        Files.writeString(
            directory.resolve("broken.rcl"),
            "contract \"x\" version 1\ncurrency CNY\nrule \"r\" when issue if certificate.amout > CNY 1.00 then reject \"no\"\n");

    assertThat(rcl("check", EXAMPLE, "--lang", "en").status()).isZero();
    Run run = rcl("check", broken.toString(), "--lang", "en", "--colour", "never");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out())
        .contains(broken + ":3:36: error[E104]: a certificate has no field ‘amout’")
        .contains("    3 | rule \"r\" when issue if certificate.amout > CNY 1.00")
        .contains("^^^^^")
        .contains("hint: did you mean ‘amount’?");
  }

  @Test
  void colourOnlyWhenAsked() throws IOException {
    Path broken =
        Files.writeString(directory.resolve("c.rcl"), "contract \"x\" version 1\ncurrency XYZ\n");

    assertThat(rcl("check", broken.toString(), "--colour", "always").out()).contains("\u001b[");
    assertThat(rcl("check", broken.toString(), "--colour", "never").out())
        .doesNotContain("\u001b[");
  }

  @Test
  void badInputsAreOneLineErrorsNotStackTraces() throws IOException {
    Path json =
        Files.writeString(
            directory.resolve("case.json"),
            "{\"today\": \"2026-01-01\", \"operation\": {\"rate\": \"fast\"}}");

    Run missing = rcl("check", directory.resolve("missing.rcl").toString());
    Run badCase = rcl("explain", EXAMPLE, "--event", "finance", "--input", json.toString());
    Run badEvent = rcl("explain", EXAMPLE, "--event", "lunch", "--input", json.toString());

    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err()).contains("cannot read").doesNotContain("Exception");
    assertThat(badCase.status()).isEqualTo(1);
    assertThat(badCase.err())
        .contains("operation.rate: expected a yearly rate such as \"1.8% per year\"");
    assertThat(badEvent.status()).isEqualTo(2);
    assertThat(badEvent.err()).contains("unknown event ‘lunch’");
  }

  @Test
  void hostileCaseFilesGetOneLineErrors() throws IOException {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    Path[] cases = {
      Files.writeString(
          directory.resolve("exp.json"),
          "{\"today\": \"2026-01-01\", \"certificate\": {\"tier\": 1e999999999}}"),
      Files.writeString(
          directory.resolve("deep.json"), "{\"today\": \"2026-01-01\", \"x\": " + deep + "}"),
      Files.writeString(
          directory.resolve("digits.json"),
          "{\"today\": \"2026-01-01\", \"certificate\": {\"tier\": \"١٢\"}}"),
      Files.writeString(directory.resolve("array.json"), "[1, 2]")
    };
    for (Path json : cases) {
      Run run = rcl("explain", EXAMPLE, "--event", "issue", "--input", json.toString());

      assertThat(run.status()).as(json.toString()).isEqualTo(1);
      assertThat(run.err()).as(json.toString()).startsWith(json.toString()).doesNotContain("\tat ");
    }
  }

  @Test
  void aDateMovedOutOfRangeIsAnEvaluationErrorNotACrash() throws IOException {
    Path contract =
        Files.writeString(
            directory.resolve("far.rcl"),
            "contract \"x\" version 1\ncurrency CNY\nrule \"far\" when issue if today + 999999999999 days > today then notify holder\n");
    Path json = Files.writeString(directory.resolve("today.json"), "{\"today\": \"2026-01-01\"}");

    Run run = rcl("explain", contract.toString(), "--event", "issue", "--input", json.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("far.rcl:3:").contains("out of range").doesNotContain("\tat ");
  }

  @Test
  void anInputMissingWhatARuleReadsIsReportedWithItsCodeRuleAndHintInEitherLanguage()
      throws IOException {
    Path contract =
        Files.writeString(
            directory.resolve("tenor.rcl"),
            "contract \"x\" version 1\ncurrency CNY\nrule \"tenor\"\n  when issue\n"
                + "  if certificate.maturity - certificate.issued > 180 days\n"
                + "  then reject \"too long\"\n");
    Path json =
        Files.writeString(
            directory.resolve("no-maturity.json"),
            "{\"today\": \"2026-01-01\", \"certificate\": {\"issued\": \"2026-01-01\"}}");

    Run english =
        rcl("explain", contract.toString(), "--event", "issue", "--input", json.toString());
    Run chinese =
        rcl(
            "explain",
            contract.toString(),
            "--event",
            "issue",
            "--input",
            json.toString(),
            "--lang",
            "zh");

    assertThat(english.status()).isEqualTo(1);
    assertThat(english.err())
        .contains("tenor.rcl:5:6: error[E301]: rule \"tenor\" cannot be evaluated")
        .contains("the input has no certificate.maturity")
        .contains("hint: add certificate.maturity to the case");
    assertThat(chinese.err()).contains("错误[E301]: 规则 \"tenor\" 无法求值：输入中没有 certificate.maturity");
  }

  @Test
  void aByteOrderMarkIsNotContent() throws IOException {
    Path bom =
        Files.writeString(
            directory.resolve("bom.rcl"), "\uFEFFcontract \"x\" version 1\ncurrency CNY\n");

    assertThat(rcl("check", bom.toString()).status()).isZero();
  }

  @Test
  void aFileThatIsNotUtf8IsReportedAtItsFirstBadByte() throws IOException {
    byte[] head = "contract \"x\" version 1\ncurrency CNY\n# ".getBytes(StandardCharsets.UTF_8);
    byte[] gbk = "合约".getBytes(java.nio.charset.Charset.forName("GBK"));
    Path file = directory.resolve("gbk.rcl");
    Files.write(
        file, java.nio.ByteBuffer.allocate(head.length + gbk.length).put(head).put(gbk).array());

    Run run = rcl("check", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err())
        .contains(file + ":3:3: not UTF-8 text (byte 0x" + String.format("%02X", gbk[0] & 0xFF))
        .contains("save the file as UTF-8");
  }

  /** explain answers "why not?": every rule the event triggers, with what it read. */
  @Test
  void explainShowsTheRulesThatDidNotFireAndThoseNotReached() throws IOException {
    String issue =
        "{\"today\": \"2026-01-10\", \"certificate\": {\"amount\": \"CNY 500,000.00\","
            + " \"issued\": \"2026-01-10\", \"maturity\": \"%s\", \"issuer\": {\"credit"
            + " line\": \"CNY 90,000,000.00\", \"credit used\": \"CNY 41,000,000.00\"}}}";
    Path withinTenor =
        Files.writeString(directory.resolve("short.json"), issue.formatted("2026-05-01"));
    Path overTenor =
        Files.writeString(directory.resolve("long.json"), issue.formatted("2026-08-01"));

    Run accepted = rcl("explain", EXAMPLE, "--event", "issue", "--input", withinTenor.toString());
    Run rejected = rcl("explain", EXAMPLE, "--event", "issue", "--input", overTenor.toString());

    assertThat(accepted.out())
        .contains("not fired \"tenor limit\": its condition is false")
        .contains("      maximum tenor = 180 days")
        .contains("not fired \"credit line\": its condition is false")
        .contains("      certificate.issuer.credit used = CNY 41,000,000.00")
        .contains("  accepted");
    assertThat(rejected.out())
        .contains("fired \"tenor limit\"")
        .contains("not reached \"credit line\": a rule before it rejected");
  }

  @Test
  void explainTakesChineseEventNamesAndDurations() throws IOException {
    Path input =
        Files.writeString(
            directory.resolve("zh.json"),
            "{\"today\": \"2026-03-09\", \"certificate\": {\"maturity\": \"2026-03-31\"},"
                + " \"operation\": {\"amount\": \"CNY 1,505,500.00\", \"rate\": \"1.8%\","
                + " \"days\": \"22 天\", \"date\": \"2026-03-09\"}}");

    Run run = rcl("--lang", "zh", "explain", EXAMPLE, "--event", "融资", "--input", input.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("set operation.interest to CNY 1,656.05");
  }

  @Test
  void sharedOptionsStandBeforeOrAfterTheSubcommand() {
    Run before = rcl("--lang", "zh", "--colour", "never", "check", "src/test/golden/diagnostics");
    Run after = rcl("check", "src/test/golden/diagnostics", "--lang", "zh", "--colour", "never");

    assertThat(before.status()).isEqualTo(1);
    assertThat(before.out()).contains("错误[E106]").isEqualTo(after.out());
  }

  @Test
  void helpIsThereForEachSubcommandBothWays() {
    Run option = rcl("check", "--help");
    Run command = rcl("help", "check");

    assertThat(option.status()).isZero();
    assertThat(option.out()).contains("Usage: rcl check").contains("directories");
    assertThat(command.out()).isEqualTo(option.out());
  }

  @Test
  void checkTakesDirectoriesAndSaysWhenOneHoldsNoContract() throws IOException {
    Run examples = rcl("check", "examples");
    Run empty = rcl("check", Files.createDirectory(directory.resolve("empty")).toString());

    assertThat(examples.status()).isZero();
    assertThat(examples.out()).contains("1 file(s) checked clean, 0 with problems");
    assertThat(empty.status()).isEqualTo(1);
    assertThat(empty.err()).contains("no .rcl files below it");
  }

  @Test
  void testRunsTheGoldenFiles() {
    Run run = rcl("test", "src/test/golden/diagnostics");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("PASS src/test/golden/diagnostics/meaning.rcl (")
        .containsPattern("\\d+ passed, 0 failed, 0 untested");
  }

  @Test
  void simulateRunsTheExampleScenariosOnTheDemoLedgerAndWritesJsonAndAPage() throws IOException {
    Path json = directory.resolve("results.json");
    Path html = directory.resolve("results.html");

    Run run =
        rcl(
            "simulate",
            EXAMPLE,
            "--runs",
            "50",
            "--json",
            json.toString(),
            "--html",
            html.toString(),
            "--lang",
            "en");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("scenario \"core enterprise pays 60 days late\": 50 run(s), seed 0, 180 days")
        .contains("cash gap of tier 3")
        .contains("PASS cash gap of tier 3 <= CNY 2,000,000.00: judged on p95");
    assertThat(Files.readString(json))
        .contains("\"scenario\": \"core enterprise pays 60 days late\"");
    // one page that fetches nothing: no script, style sheet or image from anywhere
    assertThat(Files.readString(html))
        .contains("<svg", "<polyline")
        .doesNotContain("<script", "<link", "<img", "cdn");
  }

  @Test
  void simulateRefusesABadPortfolioAUnknownScenarioAndAPartyNotInThePortfolio() throws IOException {
    Path portfolio = directory.resolve("bad.json");
    Files.writeString(portfolio, "{\"format\": \"cascade-portfolio/1\"}");
    Path stranger = directory.resolve("stranger.rcl");
    Files.writeString(
        stranger,
        "contract \"s\" version 1\ncurrency CNY\n"
            + "scenario \"x\"\n  given \"Nobody Ltd\" defaults\n  horizon 30 days\n");

    Run bad = rcl("simulate", EXAMPLE, "--portfolio", portfolio.toString());
    Run unknown = rcl("simulate", EXAMPLE, "--scenario", "no such");
    Run party = rcl("simulate", stranger.toString(), "--lang", "en");

    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("bad.json: start: missing");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("no scenario \"no such\"; its scenarios are");
    assertThat(party.status()).isEqualTo(1);
    assertThat(party.err()).contains("stranger.rcl:4:9: error[E401]").contains("\"Nobody Ltd\"");
  }

  @Test
  void testTakesOneContractWithTheCasesBesideIt() {
    Run one = rcl("test", "src/test/golden/constructs/shares.rcl");
    Run missing = rcl("test", "src/test/golden/constructs/no-such.rcl");

    assertThat(one.status()).isZero();
    assertThat(one.out()).contains("PASS src/test/golden/constructs/shares.rcl (4 cases)");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("not a directory or an .rcl file");
  }

  /** Scenario expectations are run, on the demo ledger's portfolio unless one is beside. */
  @Test
  void testRunsTheScenariosExpectationsWithTheCases() {
    Run run = rcl("test", "examples");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("PASS examples/programme.rcl (12 cases, 2 scenario expectations)")
        .contains("1 passed, 0 failed, 0 untested");
  }

  @Test
  void testSaysWhatItTestedInChinese() {
    Run run = rcl("test", "examples", "--lang", "zh");

    assertThat(run.out())
        .contains("通过 examples/programme.rcl (12 个用例，2 个情景预期)")
        .contains("通过 1，失败 0，未测试 0");
  }

  @Test
  void anExpectationThatDoesNotHoldFailsTheTestAndSaysByHowMuch() throws IOException {
    Path file = directory.resolve("strict.rcl");
    Files.writeString(
        file,
        "contract \"strict\" version 1\ncurrency CNY\n"
            + "rule \"overdue\"\n  when maturity\n  if not certificate.paid\n"
            + "  then mark certificate overdue\n"
            + "scenario \"late\"\n  given payments by \"Geely Auto\" delayed by 60 days\n"
            + "  horizon 180 days\n  measure overdue count\n  expect overdue count < 1\n");

    Run test = rcl("test", file.toString());
    Run simulate = rcl("simulate", file.toString(), "--lang", "en");

    assertThat(test.status()).isEqualTo(1);
    assertThat(test.out())
        .contains("scenario \"late\": expect overdue count < 1 does not hold on p95");
    assertThat(simulate.status()).isEqualTo(1);
    assertThat(simulate.out()).contains("FAIL overdue count < 1");
  }

  @Test
  void aCaseTheContractCannotEvaluateFailsWithTheRuleCodeAndHintInEitherLanguage()
      throws IOException {
    Files.writeString(
        directory.resolve("tenor.rcl"),
        "contract \"x\" version 1\ncurrency CNY\nrule \"tenor\"\n  when issue\n"
            + "  if certificate.maturity - certificate.issued > 180 days\n"
            + "  then reject \"too long\"\n");
    Files.writeString(
        directory.resolve("tenor.cases.json"),
        "[{\"name\": \"no maturity\", \"event\": \"issue\", \"input\": {\"today\":"
            + " \"2026-01-01\", \"certificate\": {\"issued\": \"2026-01-01\"}},"
            + " \"expect\": {\"outcome\": \"accepted\"}}]");

    Run english = rcl("test", directory.toString(), "--lang", "en");
    Run chinese = rcl("test", directory.toString(), "--lang", "zh", "--engine", "interpreted");

    assertThat(english.status()).isEqualTo(1);
    assertThat(english.out())
        .contains(
            "no maturity: 5:6: error[E301]: rule \"tenor\" cannot be evaluated: the input has no"
                + " certificate.maturity (hint: add certificate.maturity to the case");
    assertThat(chinese.out())
        .contains("no maturity: 5:6: 错误[E301]: 规则 \"tenor\" 无法求值：输入中没有 certificate.maturity (提示: ")
        .contains("失败 " + directory.resolve("tenor.rcl") + " (1 个用例)");
  }

  private static Run rcl(String... arguments) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandLine command = RclCommand.commandLine();
    command.setOut(
        new java.io.PrintWriter(new PrintStream(out, true, StandardCharsets.UTF_8), true));
    command.setErr(
        new java.io.PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
    int status = command.execute(arguments);
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
