package dev.cascade.ledger.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.contract.check.Schema;
import dev.cascade.contract.check.Type;
import dev.cascade.contract.runtime.Event;
import dev.cascade.contract.runtime.Input;
import dev.cascade.contract.runtime.Occasion;
import dev.cascade.contract.runtime.Value;
import dev.cascade.ledger.domain.Effect;
import dev.cascade.ledger.domain.certificate.Certificate;
import dev.cascade.ledger.domain.enterprise.Role;
import dev.cascade.ledger.validation.ProgrammeRules;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The views the ledger builds from real ledger state hold to the schema the checker holds contracts
 * to: on every occasion, every field it names is filled (and with its type), and nothing it does
 * not name. A rule that checks clean then never meets an input without the field it reads.
 */
class ContractInputTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final Schema SCHEMA = Schema.forCurrency("CNY");
  private static final String GUARANTOR = "Zhejiang Credit Guarantee";

  private static LedgerFixture fixture;
  private static final List<Built> BUILT = new ArrayList<>();

  /** An input the ledger built, and the certificate it was built for. */
  private record Built(Input input, Certificate certificate) {}

  /**
   * The demo programme with a guarantor, operation by operation; before each certificate operation
   * is submitted, the input its contract sees is built as the ledger builds it. Then a release, a
   * payment and the time events, which the demo does not make.
   */
  @BeforeAll
  static void runTheDemoProgrammeCollectingInputs() {
    fixture = new LedgerFixture(TODAY);
    registerGuarantor();
    WorldState state = fixture.ledger.state();
    OperationHandlers handlers =
        new OperationHandlers(state, LedgerFixture.SETTINGS.hash(), ProgrammeRules::problems);
    boolean started = false;
    for (DemoProgramme.Step step :
        DemoProgramme.steps(TODAY, fixture::publicKey, LedgerFixture.programme())) {
      started |= step.operation() instanceof Operation.Anchor;
      if (!started) {
        continue;
      }
      if (step.operation() instanceof Operation.OnCertificate operation) {
        build(handlers, state, operation, step.signer());
      }
      assertThat(fixture.submit(step.signer(), step.operation()).refusal())
          .as("%s", step)
          .isEmpty();
      fixture.seal();
    }
    build(handlers, state, new Operation.Release("GA-0004-R"), DemoProgramme.BANK_OF_NINGBO);
    build(handlers, state, new Operation.Pay("GA-0001"), DemoProgramme.CORE);
    ContractInput time = new ContractInput(state, true);
    for (Certificate certificate : state.certificates()) {
      if (!certificate.state().isFinal()) {
        for (Occasion occasion :
            List.of(Occasion.of(Event.MATURITY), Occasion.of(Event.OVERDUE), Occasion.day())) {
          BUILT.add(
              new Built(time.forTime(certificate, occasion, certificate.maturity()), certificate));
        }
      }
    }
  }

  private static void registerGuarantor() {
    fixture.keys.put(
        GUARANTOR, LedgerFixture.SETTINGS.scheme().generateKeyPair(new SecureRandom()));
    assertThat(
            fixture
                .submit(
                    DemoProgramme.OPERATOR,
                    new Operation.Register(
                        GUARANTOR,
                        "91330000GUARANTEE1",
                        List.of(Role.GUARANTOR),
                        fixture.publicKey(GUARANTOR)))
                .refusal())
        .isEmpty();
    assertThat(fixture.submit(DemoProgramme.OPERATOR, new Operation.Approve(GUARANTOR)).refusal())
        .isEmpty();
    fixture.seal();
  }

  private static void build(
      OperationHandlers handlers,
      WorldState state,
      Operation.OnCertificate operation,
      String signer) {
    Effect effect = handlers.handle(operation, signer, TODAY);
    new ContractInput(state, true)
        .of(operation, effect, TODAY)
        .ifPresent(input -> BUILT.add(new Built(input, effect.before().orElseThrow())));
  }

  @Test
  void everyOccasionIsBuiltAtLeastOnce() {
    Set<String> occasions = new TreeSet<>();
    BUILT.forEach(built -> occasions.add(built.input().occasion().word()));
    Set<String> all = new TreeSet<>();
    Schema.occasions().forEach(occasion -> all.add(occasion.word()));
    assertThat(occasions).isEqualTo(all);
  }

  @Test
  void everyViewAndFieldTheSchemaNamesIsFilledWithItsTypeAndNothingElse() {
    List<String> problems = new ArrayList<>();
    for (Built built : BUILT) {
      Input input = built.input();
      String on = input.occasion().word() + " " + built.certificate().id() + ": ";
      Map<String, Type> roots = SCHEMA.roots(input.occasion());
      for (Map.Entry<String, Type> root : roots.entrySet()) {
        Value value = input.views().get(root.getKey());
        if (value == null) {
          problems.add(on + root.getKey() + " is not filled");
        } else {
          conform(on, root.getKey(), root.getValue(), value, problems);
        }
      }
      input.views().keySet().stream()
          .filter(name -> !roots.containsKey(name))
          .forEach(name -> problems.add(on + name + " is filled but the schema has no such view"));
    }
    assertThat(problems).isEmpty();
  }

  /** The parent id, the one field filled under a condition, is filled exactly when it holds. */
  @Test
  void aPartHasItsParentIdAndAnOriginalHasNone() {
    assertThat(BUILT)
        .allSatisfy(
            built -> {
              Value.Entity certificate = (Value.Entity) built.input().views().get("certificate");
              assertThat(certificate.fields().containsKey("parent id"))
                  .as(built.certificate().id())
                  .isEqualTo(built.certificate().parentId().isPresent());
            });
    assertThat(BUILT).anyMatch(built -> built.certificate().parentId().isPresent());
  }

  @Test
  void partiesAreSeenAsTheirPlaceShowsThem() {
    Value.Entity finance = operation(Event.FINANCE, "GA-0001-T1");
    Value.Entity bank = (Value.Entity) finance.fields().get("bank");
    assertThat(bank.fields().get("roles").render()).isEqualTo("[\"bank\"]");
    assertThat(bank.fields().get("credit line").render()).isEqualTo("CNY 60,000,000.00");

    Value.Entity transfer = operation(Event.TRANSFER, "GA-0001-T1");
    Certificate before = built(Event.TRANSFER, "GA-0001-T1").certificate();
    assertThat(tier(transfer.fields().get("sender"))).isEqualTo(before.tier());
    assertThat(tier(transfer.fields().get("receiver"))).isEqualTo(before.tier() + 1);
    assertThat(((Value.ListValue) transfer.fields().get("parts")).elements())
        .as("a whole transfer makes no parts")
        .isEmpty();

    Value.Entity partial = operation(Event.TRANSFER, "GA-0001");
    assertThat(((Value.ListValue) partial.fields().get("parts")).elements())
        .extracting(part -> ((Value.Entity) part).fields().get("amount").render())
        .containsExactly("CNY 500,000.00", "CNY 350,000.00");

    Value.Entity issuer =
        (Value.Entity) certificateView(Event.ISSUE, "GA-0001").fields().get("issuer");
    assertThat(issuer.fields().get("credit line").render()).isEqualTo("CNY 100,000,000.00");
    assertThat(tier(issuer)).isZero();
    assertThat(((Value.Entity) input(Event.ACCEPT, "GA-0002").views().get("guarantor")).fields())
        .containsEntry("name", new Value.Text(GUARANTOR));
  }

  private static long tier(Value party) {
    return ((Value.Numeric) ((Value.Entity) party).fields().get("tier")).value().longValueExact();
  }

  private static Built built(Event event, String certificate) {
    return BUILT.stream()
        .filter(b -> b.input().occasion().equals(Occasion.of(event)))
        .filter(b -> b.certificate().id().equals(certificate))
        .findFirst()
        .orElseThrow();
  }

  private static Input input(Event event, String certificate) {
    return built(event, certificate).input();
  }

  private static Value.Entity operation(Event event, String certificate) {
    return (Value.Entity) input(event, certificate).views().get("operation");
  }

  private static Value.Entity certificateView(Event event, String certificate) {
    return (Value.Entity) input(event, certificate).views().get("certificate");
  }

  /** Whether {@code value}, seen at {@code path}, is of {@code type}, all the way down. */
  private static void conform(
      String on, String path, Type type, Value value, List<String> problems) {
    if (type instanceof Type.Entity entity) {
      if (!(value instanceof Value.Entity filled) || filled.kind() != entity.kind()) {
        problems.add(on + path + " is " + value.render() + ", not " + type.describe());
        return;
      }
      for (Schema.Field field : entity.fields().values()) {
        String fieldPath = path + "." + field.name();
        Optional<Value> fieldValue = Optional.ofNullable(filled.fields().get(field.name()));
        if (field.settable() && fieldValue.isPresent()) {
          problems.add(on + fieldPath + " is filled, but only a rule sets it");
        } else if (field.always() && fieldValue.isEmpty()) {
          problems.add(on + fieldPath + " is not filled");
        } else {
          fieldValue.ifPresent(v -> conform(on, fieldPath, field.type(), v, problems));
        }
      }
      filled.fields().keySet().stream()
          .filter(name -> entity.field(name).isEmpty())
          .forEach(name -> problems.add(on + path + "." + name + " is not in the schema"));
    } else if (type instanceof Type.ListOf list) {
      if (!(value instanceof Value.ListValue elements)) {
        problems.add(on + path + " is not a list");
        return;
      }
      for (int i = 0; i < elements.elements().size(); i++) {
        conform(on, path + "[" + i + "]", list.element(), elements.elements().get(i), problems);
      }
    } else if (!ofType(type, value)) {
      problems.add(on + path + " is " + value.render() + ", not " + type.describe());
    }
  }

  private static boolean ofType(Type type, Value value) {
    if (type instanceof Type.Quantity quantity) {
      return value instanceof Value.Numeric numeric
          && numeric.unit().equals(quantity.unit())
          && numeric.value().compareTo(BigDecimal.ZERO) >= 0;
    }
    if (type instanceof Type.Date) {
      return value instanceof Value.DateValue;
    }
    if (type instanceof Type.Bool) {
      return value instanceof Value.Bool;
    }
    return type instanceof Type.Text && value instanceof Value.Text;
  }
}
