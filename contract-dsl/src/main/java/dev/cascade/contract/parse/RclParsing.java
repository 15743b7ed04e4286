package dev.cascade.contract.parse;

import dev.cascade.contract.ast.Contract;
import dev.cascade.contract.diagnostic.Diagnostics;
import dev.cascade.contract.source.SourceFile;
import java.util.Optional;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

/** Text to AST: the first phase. Reports syntax errors and then yields no AST. */
public final class RclParsing {

  private RclParsing() {}

  public static Optional<Contract> parse(SourceFile source, Diagnostics diagnostics) {
    Diagnostics syntax = new Diagnostics();
    RclParser parser = parser(source.text(), syntax, 1, 1);
    RclParser.FileContext file = parser.file();
    if (syntax.hasErrors()) {
      syntax.all().forEach(d -> diagnostics.report(d.code(), d.span(), d.arguments().toArray()));
      return Optional.empty();
    }
    Contract contract =
        new AstBuilder(diagnostics, new Interpolations(diagnostics)).contract(file.contract());
    return diagnostics.hasErrors() ? Optional.empty() : Optional.of(contract);
  }

  /** A parser over text that starts at the given 1-based line and column of the file. */
  static RclParser parser(String text, Diagnostics diagnostics, int line, int column) {
    RclLexer lexer = new RclLexer(CharStreams.fromString(text));
    lexer.setLine(line);
    lexer.setCharPositionInLine(column - 1);
    lexer.removeErrorListeners();
    RclParser parser = new RclParser(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
    parser.addErrorListener(new SyntaxErrors(diagnostics));
    return parser;
  }
}
