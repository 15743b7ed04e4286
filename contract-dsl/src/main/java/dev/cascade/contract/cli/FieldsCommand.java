package dev.cascade.contract.cli;

import dev.cascade.contract.check.Schema;
import dev.cascade.contract.parse.Keywords;
import dev.cascade.contract.runtime.Currencies;
import dev.cascade.contract.runtime.Occasion;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rcl fields [--event E]}: what the ledger fills for each event, the views and fields a rule
 * can read; the same table as the language reference's.
 */
@Command(
    name = "fields",
    description = "List the views and fields the ledger fills for each event (or one event).")
final class FieldsCommand implements Callable<Integer> {

  @Option(
      names = "--event",
      paramLabel = "EVENT",
      description =
          "issue, accept, transfer, split, finance, pledge, release, maturity, payment,"
              + " overdue, or day (the time rules)")
  String event;

  @Option(
      names = "--currency",
      paramLabel = "CODE",
      description = "the contract's currency, as money fields show it (default: CNY)")
  String currency = "CNY";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Currencies.isKnown(currency)) {
      err.println("rcl fields: " + currency + " is not a currency Cascade handles");
      err.flush();
      return 2;
    }
    Schema schema = Schema.forCurrency(currency);
    if (event == null) {
      out.print(schema.table());
    } else {
      Optional<Occasion> occasion = Keywords.occasion(event.toLowerCase(Locale.ROOT));
      if (occasion.isEmpty()) {
        err.println(
            "rcl fields: unknown event ‘"
                + event
                + "’; events: "
                + String.join(", ", Schema.occasions().stream().map(Occasion::word).toList()));
        err.flush();
        return 2;
      }
      out.print(schema.table(occasion.get()));
    }
    out.flush();
    return 0;
  }
}
