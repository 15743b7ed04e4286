package dev.cascade.contract.diagnostic;

import dev.cascade.contract.source.SourceFile;

/**
 * Renders a diagnostic the way compilers do:
 *
 * <pre>
 * programme.rcl:12:6: error[E106]: comparing money with a bare number
 *    12 |   if certificate.amount > 5
 *       |                           ^
 *   hint: write the amount with its currency, e.g. CNY 1,000.00
 * </pre>
 */
public final class DiagnosticPrinter {

  private static final String RED = "\u001b[1;31m";
  private static final String YELLOW = "\u001b[1;33m";
  private static final String CYAN = "\u001b[36m";
  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";

  private final Messages messages;
  private final boolean colour;

  public DiagnosticPrinter(Messages messages, boolean colour) {
    this.messages = messages;
    this.colour = colour;
  }

  public String render(SourceFile source, Diagnostic diagnostic) {
    int line = diagnostic.span().line();
    int column = diagnostic.span().column();
    StringBuilder out = new StringBuilder();
    out.append(paint(BOLD, source.name() + ":" + line + ":" + column + ": "))
        .append(
            paint(
                diagnostic.isError() ? RED : YELLOW,
                messages.word(diagnostic.isError() ? "error" : "warning")
                    + "["
                    + diagnostic.code().id()
                    + "]"))
        .append(": ")
        .append(paint(BOLD, messages.message(diagnostic)))
        .append('\n');
    if (line > 0) {
      String gutter = String.format(java.util.Locale.ROOT, "%5d | ", line);
      String text = source.line(line);
      out.append(gutter).append(text).append('\n');
      out.append(" ".repeat(gutter.length() - 2))
          .append("| ")
          .append(caretIndent(text, column))
          .append(
              paint(
                  diagnostic.isError() ? RED : YELLOW,
                  "^".repeat(Math.min(diagnostic.span().length(), 80))))
          .append('\n');
    }
    messages
        .hint(diagnostic)
        .ifPresent(
            hint ->
                out.append("  ")
                    .append(paint(CYAN, messages.word("hint") + ":"))
                    .append(' ')
                    .append(hint)
                    .append('\n'));
    return out.toString();
  }

  /** Tabs stay tabs and wide (CJK) characters count twice, so the caret lines up in a terminal. */
  private static String caretIndent(String text, int column) {
    StringBuilder indent = new StringBuilder();
    // columns count code points, as the lexer does
    text.codePoints()
        .limit(Math.max(0, column - 1))
        .forEach(c -> indent.append(c == '\t' ? "\t" : isWide(c) ? "  " : " "));
    return indent.toString();
  }

  private static boolean isWide(int c) {
    return (c >= 0x4e00 && c <= 0x9fff)
        || (c >= 0x3000 && c <= 0x303f)
        || (c >= 0xff00 && c <= 0xffef)
        || c >= 0x1f000;
  }

  private String paint(String style, String text) {
    return colour ? style + text + RESET : text;
  }
}
