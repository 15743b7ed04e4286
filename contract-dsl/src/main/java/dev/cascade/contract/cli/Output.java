package dev.cascade.contract.cli;

import dev.cascade.contract.Engine;
import dev.cascade.contract.diagnostic.Diagnostic;
import dev.cascade.contract.diagnostic.DiagnosticPrinter;
import dev.cascade.contract.diagnostic.Messages;
import dev.cascade.contract.source.SourceFile;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every subcommand shares: language, colour and engine. They are the {@code rcl} command's
 * and inherited by its subcommands, so they may stand before or after the subcommand.
 */
final class Output {

  /** When to colour. */
  enum Colour {
    AUTO,
    ALWAYS,
    NEVER
  }

  @Option(
      names = "--lang",
      scope = ScopeType.INHERIT,
      description = "Language of messages: en or zh (default: from the locale).",
      paramLabel = "en|zh")
  String language = Locale.getDefault().getLanguage();

  @Option(
      names = "--colour",
      scope = ScopeType.INHERIT,
      description = "auto (default: on a terminal), always or never.")
  Colour colour = Colour.AUTO;

  @Option(
      names = "--engine",
      scope = ScopeType.INHERIT,
      description = "compiled (default: verified bytecode, as validators run it) or interpreted.")
  Engine engine = Engine.COMPILED;

  Messages messages() {
    return Messages.forLanguage(language);
  }

  boolean coloured() {
    return colour == Colour.ALWAYS || (colour == Colour.AUTO && System.console() != null);
  }

  DiagnosticPrinter printer() {
    return new DiagnosticPrinter(messages(), coloured());
  }

  /** Every diagnostic, rendered in the chosen language and colour. */
  void print(PrintWriter out, SourceFile source, List<Diagnostic> diagnostics) {
    DiagnosticPrinter printer = printer();
    for (Diagnostic diagnostic : diagnostics) {
      out.print(printer.render(source, diagnostic));
    }
    out.flush();
  }

  String word(String key) {
    return messages().word(key);
  }
}
