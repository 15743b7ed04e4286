package dev.cascade.web.diagnostics;

import static dev.cascade.web.JsonValues.JSON;

import dev.cascade.ledger.diagnostics.ProbeRecord;
import dev.cascade.ledger.diagnostics.ProbeResult;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Optional;

/** A probe as JSON: its id and what each store holds ({@code null} where it holds nothing). */
final class ProbeJson {

  private ProbeJson() {}

  static JsonObject from(ProbeResult result) {
    JsonObjectBuilder json = JSON.createObjectBuilder().add("id", result.id());
    add(json, "database", result.database());
    add(json, "cache", result.cache());
    return json.build();
  }

  private static void add(JsonObjectBuilder json, String store, Optional<ProbeRecord> record) {
    record.ifPresentOrElse(
        r ->
            json.add(
                store,
                JSON.createObjectBuilder()
                    .add("label", r.label())
                    .add("writtenAt", r.writtenAt().toString())),
        () -> json.addNull(store));
  }
}
