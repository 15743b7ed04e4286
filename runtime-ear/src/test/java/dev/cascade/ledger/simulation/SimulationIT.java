package dev.cascade.ledger.simulation;

import static dev.cascade.testsupport.CascadeClient.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.contract.Rcl;
import dev.cascade.contract.ast.Scenario;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.simulate.Plan;
import dev.cascade.contract.simulate.PortfolioFile;
import dev.cascade.contract.simulate.Results;
import dev.cascade.contract.simulate.ResultsJson;
import dev.cascade.contract.simulate.Simulator;
import dev.cascade.contract.source.SourceFile;
import dev.cascade.testsupport.CascadeClient;
import dev.cascade.testsupport.CascadeEar;
import dev.cascade.testsupport.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * WHAT-IF simulations on a node with the demo ledger: the example programme's scenarios run through
 * the API to their results, the same results {@code rcl simulate} gives on the exported portfolio;
 * the ledger goes on untouched while one runs; bad requests are refused with nothing started, a
 * third simulation at once is refused with 429, and a cancelled one stops.
 */
@ExtendWith(ArquillianExtension.class)
class SimulationIT {

  private static final String LATE = "core enterprise pays 60 days late";
  private static final String DEFAULTS = "a tier-2 supplier defaults under a rate shock";

  /** The example programme, as the demo deploys it. */
  private static final String PROGRAMME = read(Path.of("../contract-dsl/examples/programme.rcl"));

  /**
   * The programme's rules with a scenario slow enough to be caught running: ten years of new
   * business at twenty times the demo's volume, about 40 ms a run on two threads.
   */
  private static final String BUSY_DECADE =
      PROGRAMME.substring(0, PROGRAMME.indexOf("\nscenario ") + 1)
          + """
          scenario "a busy decade"
            given payments by "Geely Auto" delayed by between 30 days and 90 days,
                  volume scaled by 20
            horizon 3650 days
            measure cash gap by tier, financing cost by tier, overdue count
          """;

  private final CascadeClient cascade = new CascadeClient();
  private final Http http = cascade.http();
  private final List<String> started = new ArrayList<>();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return CascadeEar.fromBuild();
  }

  /** Nothing a test started runs on into the next one. */
  @AfterEach
  void cancelWhatRuns() {
    started.forEach(id -> http.delete("api/simulations/" + id));
    started.forEach(id -> await(id, status -> !status.getString("state").equals("running")));
  }

  @Test
  void theExampleProgrammesTwoScenariosRunToTheirResults() {
    for (String scenario : List.of(LATE, DEFAULTS)) {
      Http.Answer answer = start(request(scenario).add("runs", 20).add("seed", 7));

      assertThat(answer.header("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith("/api/simulations/" + id(answer)));
      JsonObject done = await(id(answer), status -> status.getString("state").equals("done"));
      assertThat(done.getString("scenario")).isEqualTo(scenario);
      assertThat(done.getInt("runsDone")).isEqualTo(20);
      JsonObject results = done.getJsonObject("results");
      assertThat(results.getString("scenario")).isEqualTo(scenario);
      assertThat(results.getInt("runs")).isEqualTo(20);
      assertThat(results.getJsonNumber("seed").longValue()).isEqualTo(7);
      assertThat(results.getJsonArray("metrics")).isNotEmpty();
      assertThat(results.getJsonArray("expectations")).hasSize(1);
    }
  }

  @Test
  void theServerGivesTheResultsTheCommandLineGivesOnTheExportedPortfolio() {
    Http.Answer exported = expect(http.get("api/simulations/portfolio"), 200);
    JsonObject done =
        await(
            id(start(request(DEFAULTS).add("runs", 50).add("seed", 42))),
            status -> status.getString("state").equals("done"));

    assertThat(exported.header("Cascade-Height").map(Long::parseLong))
        .contains(done.getJsonNumber("height").longValue());
    assertThat(done.getJsonObject("results")).isEqualTo(ResultsJson.of(locally(exported, 50, 42)));
  }

  @Test
  void theLedgerGoesOnUntouchedWhileASimulationRuns() {
    Http.Answer portfolio = expect(http.get("api/simulations/portfolio"), 200);
    JsonObject head = expect(http.get("api/blocks/latest"), 200).json();
    String id = id(start(source(BUSY_DECADE).add("runs", 10_000)));

    // a simulation writes nothing: no block, the same portfolio
    assertThat(expect(http.get("api/simulations/portfolio"), 200).body())
        .isEqualTo(portfolio.body());
    assertThat(expect(http.get("api/blocks/latest"), 200).json()).isEqualTo(head);
    String supplier = cascade.name("Lishui Gears");
    long registered = block(cascade.register(supplier, "SUPPLIER"));
    long approved =
        block(
            cascade.post(
                "api/enterprises/" + CascadeClient.path(supplier) + "/approval",
                CascadeClient.signer(CascadeClient.OPERATOR)));
    JsonObject running = status(id);

    assertThat(running.getString("state")).isEqualTo("running");
    assertThat(running.getJsonNumber("height").longValue())
        .isEqualTo(head.getJsonNumber("height").longValue());
    assertThat(List.of(registered, approved))
        .allSatisfy(b -> assertThat(b).isGreaterThan(head.getJsonNumber("height").longValue()));
    JsonObject after = expect(http.get("api/blocks/latest"), 200).json();
    assertThat(after.getJsonNumber("height").longValue()).isEqualTo(approved);
    JsonObject verification = expect(http.get("api/ledger/verification"), 200).json();
    assertThat(verification.getBoolean("sound")).isTrue();
    assertThat(verification.getInt("blocks")).isEqualTo((int) approved + 1);
    assertThat(expect(http.get("api/simulations/portfolio"), 200).json().getJsonArray("parties"))
        .hasSize(portfolio.json().getJsonArray("parties").size() + 1);
  }

  @Test
  void badRequestsAreRefusedWithNothingStartedAndAThirdSimulationAtOnceWith429() {
    assertThat(refused(request("pays early"), 422, "unknown-scenario").getJsonArray("scenarios"))
        .hasSize(2);
    JsonObject doesNotCheck =
        refused(
            source(
                "contract \"x\" version 1\ncurrency CNY\n\nrule \"r\"\n  when issue\n"
                    + "  if certificate.amount > 5\n  then reject \"no\"\n"),
            422,
            "contract-does-not-check");
    JsonObject diagnostic = doesNotCheck.getJsonArray("diagnostics").getJsonObject(0);
    assertThat(diagnostic.getString("code")).isEqualTo("E106");
    assertThat(diagnostic.getInt("line")).isEqualTo(6);
    assertThat(diagnostic.getInt("column")).isEqualTo(6);
    assertThat(diagnostic.getString("message")).isNotBlank();
    JsonObject unknownParty =
        refused(
            source(BUSY_DECADE.replace("payments by \"Geely Auto\"", "payments by \"Nobody Ltd\"")),
            422,
            "scenario-does-not-fit");
    assertThat(unknownParty.getJsonArray("diagnostics").getJsonObject(0).getString("code"))
        .isEqualTo("E401");
    assertThat(unknownParty.getJsonArray("diagnostics").getJsonObject(0).getInt("line"))
        .isPositive();
    refused(request(LATE).add("runs", 10_001), 422, "too-many-runs");
    refused(request(LATE).add("runs", 0), 400, "invalid-request");
    refused(Json.createObjectBuilder().add("runs", 5), 400, "no-scenario-named");
    assertProblem(http.postJson("api/simulations", "{\"scenario\": "), 400, "malformed-request");
    assertProblem(http.get("api/simulations/no-such-simulation"), 404, "not-found");
    assertProblem(http.delete("api/simulations/no-such-simulation"), 404, "not-found");

    start(source(BUSY_DECADE).add("runs", 10_000));
    start(source(BUSY_DECADE).add("runs", 10_000));
    refused(request(LATE).add("runs", 1), 429, "too-many-simulations");
  }

  @Test
  void aCancelledSimulationStopsAndShowsHowFarItGot() {
    String id = id(start(source(BUSY_DECADE).add("runs", 10_000)));
    await(id, status -> status.getInt("runsDone") > 0);

    Http.Answer cancelling = http.delete("api/simulations/" + id);

    assertThat(cancelling.status()).isEqualTo(202);
    JsonObject cancelled = await(id, status -> status.getString("state").equals("cancelled"));
    assertThat(cancelled.getInt("runsDone")).isBetween(1, 9_999);
    assertThat(cancelled.containsKey("results")).isFalse();
    assertThat(http.delete("api/simulations/" + id).status()).isEqualTo(204);
    assertThat(status(id).getString("state")).isEqualTo("cancelled");
  }

  /** What {@code rcl simulate} gives for the scenario on the exported portfolio. */
  private static Results locally(Http.Answer exported, long runs, long seed) {
    PortfolioFile.Contents contents = PortfolioFile.read(exported.body());
    CheckedContract checked =
        Rcl.check(new SourceFile("programme.rcl", PROGRAMME)).contract().orElseThrow();
    Scenario scenario =
        checked.contract().scenarios().stream()
            .filter(s -> s.name().equals(DEFAULTS))
            .findFirst()
            .orElseThrow();
    Plan plan =
        ((Plan.Ready)
                Plan.of(
                    checked, scenario, contents.portfolio(), Optional.of(runs), Optional.of(seed)))
            .plan();
    return new Simulator(checked, PROGRAMME)
        .run(plan, contents.portfolio(), contents.behaviour(), 1, (done, total) -> {});
  }

  private Http.Answer start(JsonObjectBuilder body) {
    Http.Answer answer = expect(http.postJson("api/simulations", body.build().toString()), 202);
    started.add(id(answer));
    return answer;
  }

  private JsonObject refused(JsonObjectBuilder body, int status, String type) {
    return assertProblem(http.postJson("api/simulations", body.build().toString()), status, type);
  }

  /** The problem the answer is, of the status and type expected. */
  private static JsonObject assertProblem(Http.Answer answer, int status, String type) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    JsonObject problem = answer.json();
    assertThat(problem.getString("type")).isEqualTo("urn:cascade:problem:" + type);
    return problem;
  }

  private JsonObject status(String id) {
    return expect(http.get("api/simulations/" + id), 200).json();
  }

  /** Polls the simulation until {@code until} holds, for up to two minutes. */
  private JsonObject await(String id, Predicate<JsonObject> until) {
    long deadline = System.nanoTime() + 120_000_000_000L;
    JsonObject status = status(id);
    while (!until.test(status) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      status = status(id);
    }
    assertThat(until.test(status)).as("%s", status).isTrue();
    return status;
  }

  private static String id(Http.Answer answer) {
    return answer.json().getString("id");
  }

  private static long block(Http.Answer answer) {
    return expect(answer, 200).json().getJsonNumber("block").longValue();
  }

  private static JsonObjectBuilder request(String scenario) {
    return Json.createObjectBuilder().add("scenario", scenario);
  }

  private static JsonObjectBuilder source(String source) {
    return Json.createObjectBuilder().add("source", source);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
