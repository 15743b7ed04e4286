package dev.cascade.web.simulation;

import static dev.cascade.web.JsonValues.JSON;

import dev.cascade.contract.simulate.ResultsJson;
import dev.cascade.ledger.simulation.Simulation;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;

/** A simulation's status as JSON, with its results (as {@code rcl simulate --json} writes them). */
final class SimulationJson {

  private SimulationJson() {}

  static JsonObject status(Simulation.Status status) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("id", status.id())
            .add("scenario", status.scenario())
            .add("height", status.height())
            .add("state", status.state().name().toLowerCase(Locale.ROOT))
            .add("runsDone", status.runsDone())
            .add("runs", status.runs());
    status.results().ifPresent(results -> json.add("results", ResultsJson.of(results)));
    status.failure().ifPresent(failure -> json.add("failure", failure));
    return json.build();
  }
}
