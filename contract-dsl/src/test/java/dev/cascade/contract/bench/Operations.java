package dev.cascade.contract.bench;

import dev.cascade.contract.Rcl;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.interpret.CaseReader;
import dev.cascade.contract.runtime.Input;
import dev.cascade.contract.runtime.Occasion;
import dev.cascade.contract.source.SourceFile;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The example programme and a realistic mix of operations on it. */
public final class Operations {

  public static final Path PROGRAMME = Path.of("examples/programme.rcl");

  private static final String CERTIFICATE =
      """
      "certificate": { "id": "GEELY-2026-0042", "amount": "CNY 1,505,500.00", "issued": "2026-01-10",
        "maturity": "2026-03-31", "paid": false, "state": "accepted", "tier": 2,
        "issuer": { "name": "Geely Auto", "credit line": "CNY 90,000,000.00", "credit used": "CNY 41,000,000.00" },
        "holder": { "name": "Ningbo Castings", "tier": 2 } }
      """;

  private Operations() {}

  public static String source() throws IOException {
    return Files.readString(PROGRAMME);
  }

  public static CheckedContract checked() throws IOException {
    return Rcl.check(new SourceFile(PROGRAMME.toString(), source())).contract().orElseThrow();
  }

  /** An issuance, a four-way split, a financing, a maturity and two block days. */
  public static List<Input> all(CheckedContract checked) {
    CaseReader reader = new CaseReader(checked);
    return List.of(
        input(reader, "issue", "2026-01-10", ""),
        input(
            reader,
            "split",
            "2026-02-01",
            """
            , "operation": { "parts": [ { "amount": "CNY 600,000.00" }, { "amount": "CNY 500,000.00" },
              { "amount": "CNY 400,000.00" }, { "amount": "CNY 5,500.00" } ] }
            """),
        input(
            reader,
            "finance",
            "2026-03-09",
            """
            , "operation": { "amount": "CNY 1,505,500.00", "date": "2026-03-09", "rate": "1.8%", "days": "22 days" }
            """),
        input(reader, "maturity", "2026-03-31", ""),
        input(reader, "day", "2026-03-26", ""),
        input(reader, "day", "2026-04-10", ""));
  }

  private static Input input(CaseReader reader, String event, String today, String more) {
    String json = "{ \"today\": \"" + today + "\", " + CERTIFICATE + more + " }";
    JsonObject object = Json.createReader(new StringReader(json)).readObject();
    return reader.input(Occasion.byWord(event).orElseThrow(), object);
  }
}
