package dev.cascade.ledger.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.contract.runtime.AutomaticAction;
import dev.cascade.contract.runtime.EntityKind;
import dev.cascade.contract.runtime.Event;
import dev.cascade.contract.runtime.Input;
import dev.cascade.contract.runtime.Occasion;
import dev.cascade.contract.runtime.Period;
import dev.cascade.contract.runtime.Unit;
import dev.cascade.contract.runtime.Value;
import dev.cascade.contract.runtime.Verdict;
import dev.cascade.ledger.domain.Money;
import dev.cascade.ledger.domain.certificate.Certificate;
import dev.cascade.ledger.transaction.Checked;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example programme's compiled rules, applied to domain certificates and operations. */
class ProgrammeRulesTest {

  private static ProgrammeRules rules;

  @BeforeAll
  static void compileTheExampleProgramme() throws Exception {
    Path source = Path.of("../contract-dsl/examples/programme.rcl");
    rules = ProgrammeRules.compile(source.toString(), Files.readString(source));
  }

  private static final Value.Entity GEELY =
      new Value.Entity(
          EntityKind.PARTY,
          Map.of(
              "name", new Value.Text("Geely Auto"),
              "credit line", ContractViews.money(Money.of("CNY", "90,000,000.00")),
              "credit used", ContractViews.money(Money.of("CNY", "41,000,000.00"))));

  private static Value.Entity holder(Certificate certificate) {
    return new Value.Entity(
        EntityKind.PARTY,
        Map.of(
            "name",
            new Value.Text(certificate.holder()),
            "tier",
            ContractViews.number(certificate.tier())));
  }

  @Test
  void aTenorOverTheProgrammesLimitIsRejectedByItsRule() {
    Certificate certificate =
        Certificate.issue(
            "C1",
            "programme-3",
            "Geely Auto",
            "Ningbo Castings",
            Money.of("CNY", "500,000.00"),
            LocalDate.of(2026, 1, 10),
            LocalDate.of(2026, 8, 1));

    Checked<Verdict> decision =
        rules.decide(input(Event.ISSUE, LocalDate.of(2026, 1, 10), certificate, Map.of()));

    assertThat(decision.refusal())
        .get()
        .satisfies(
            r -> {
              assertThat(r.rule()).isEqualTo("tenor limit");
              assertThat(r.message()).isEqualTo("tenor 203 days exceeds 180 days");
            });
  }

  @Test
  void aSplitThatBreaksTheMinimumPartIsRejected() {
    Certificate certificate = accepted();
    List<Certificate> parts =
        certificate.split(
            "Ningbo Castings",
            List.of(Money.of("CNY", "1,505,000.00"), Money.of("CNY", "500.00")),
            List.of("C1-1", "C1-2"));

    Value.ListValue views = ContractViews.parts(parts.subList(1, 3), ProgrammeRulesTest::holder);
    Checked<Verdict> decision =
        rules.decide(
            input(Event.SPLIT, LocalDate.of(2026, 2, 1), certificate, Map.of("parts", views)));

    assertThat(decision.refusal()).get().extracting(r -> r.rule()).isEqualTo("minimum split");
  }

  @Test
  void financingGetsItsInterestAndProceedsFromTheContract() {
    Map<String, Value> operation =
        Map.of(
            "amount", ContractViews.money(Money.of("CNY", "1,505,500.00")),
            "date", new Value.DateValue(LocalDate.of(2026, 3, 9)),
            "rate", new Value.Numeric(new BigDecimal("0.018"), Unit.rate(Period.YEAR)),
            "days", new Value.Numeric(new BigDecimal("22"), Unit.DURATION));

    Checked<Verdict> decision =
        rules.decide(input(Event.FINANCE, LocalDate.of(2026, 3, 9), accepted(), operation));

    assertThat(decision.passed()).isTrue();
    assertThat(decision.fold(r -> List.<AutomaticAction>of(), Verdict::actions))
        .extracting(AutomaticAction::render)
        .containsExactly(
            "set operation.interest to CNY 1,656.05", "set operation.proceeds to CNY 1,503,843.95");
  }

  @Test
  void anInputTheContractCannotEvaluateIsRejectedNotPassed() {
    Checked<Verdict> decision =
        rules.decide(input(Event.FINANCE, LocalDate.of(2026, 3, 9), accepted(), Map.of()));

    assertThat(decision.refusal())
        .get()
        .extracting(r -> r.message())
        .asString()
        .contains("the input has no operation.date");
  }

  @Test
  void aWarningDoesNotStandInTheWayOfDeployingButAnErrorDoes() {
    String unused =
        "contract \"x\" version 1\ncurrency CNY\nparameters\n  spare = CNY 1.00\n"
            + "rule \"r\" when issue then notify holder\n";

    assertThat(ProgrammeRules.problems(unused)).isEmpty();
    assertThat(ProgrammeRules.problems(unused.replace("holder", "holdr")))
        .singleElement()
        .asString()
        .contains("unknown party ‘holdr’");
  }

  private static Certificate accepted() {
    return Certificate.issue(
            "C1",
            "programme-3",
            "Geely Auto",
            "Ningbo Castings",
            Money.of("CNY", "1,505,500.00"),
            LocalDate.of(2026, 1, 10),
            LocalDate.of(2026, 3, 31))
        .accept("Ningbo Castings");
  }

  private static Input input(
      Event event, LocalDate today, Certificate certificate, Map<String, Value> operationFields) {
    Value.Entity operation = new Value.Entity(EntityKind.OPERATION, operationFields);
    Map<String, Value> views = new java.util.HashMap<>();
    views.put("certificate", ContractViews.certificate(certificate, GEELY, holder(certificate)));
    views.put("operation", operation);
    if (operationFields.containsKey("parts")) {
      views.put("parts", operationFields.get("parts"));
    }
    return new Input(Occasion.of(event), today, views);
  }
}
