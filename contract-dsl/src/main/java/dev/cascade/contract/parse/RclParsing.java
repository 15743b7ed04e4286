package dev.cascade.contract.parse;

import dev.cascade.contract.ast.Contract;
import dev.cascade.contract.diagnostic.Code;
import dev.cascade.contract.diagnostic.Diagnostic;
import dev.cascade.contract.diagnostic.Diagnostics;
import dev.cascade.contract.source.SourceFile;
import java.util.Optional;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;

/** Text to AST: the first phase. Reports syntax errors and then yields no AST. */
public final class RclParsing {

  private RclParsing() {}

  /** How deeply parentheses and {@code not} may nest in one expression. */
  public static final int MAX_DEPTH = 64;

  /**
   * How many operators one expression may chain. With this and {@link #MAX_DEPTH}, whether a
   * contract checks never depends on the size of a thread's stack.
   */
  public static final int MAX_OPERATORS = 256;

  private static final java.util.Set<Integer> OPERATORS =
      java.util.Set.of(
          RclLexer.AND,
          RclLexer.OR,
          RclLexer.PLUS,
          RclLexer.MINUS,
          RclLexer.STAR,
          RclLexer.SLASH,
          RclLexer.EQ,
          RclLexer.NE,
          RclLexer.LT,
          RclLexer.LE,
          RclLexer.GT,
          RclLexer.GE);

  /** Where a new expression starts. */
  private static final java.util.Set<Integer> STATEMENT_STARTS =
      java.util.Set.of(
          RclLexer.RULE,
          RclLexer.WHEN,
          RclLexer.IF,
          RclLexer.THEN,
          RclLexer.REJECT,
          RclLexer.SET,
          RclLexer.TO,
          RclLexer.ACCRUE,
          RclLexer.MARK,
          RclLexer.NOTIFY,
          RclLexer.SETTLE,
          RclLexer.FREEZE,
          RclLexer.SCENARIO,
          RclLexer.GIVEN,
          RclLexer.HORIZON,
          RclLexer.MEASURE,
          RclLexer.EXPECT,
          RclLexer.PARAMETERS,
          RclLexer.COMMA);

  public static Optional<Contract> parse(SourceFile source, Diagnostics diagnostics) {
    if (tooDeep(source.text(), diagnostics)) {
      return Optional.empty();
    }
    Diagnostics syntax = new Diagnostics();
    RclParser parser = parser(source.text(), syntax, 1, 1);
    RclParser.FileContext file = parser.file();
    if (syntax.hasErrors()) {
      Diagnostic first = syntax.all().get(0);
      // a character RCL does not use is the mistake itself; a word read wrongly may be behind
      // others
      boolean unexpected =
          first.code() == Code.E001_UNEXPECTED_INPUT || first.code() == Code.E004_MISSING_INPUT;
      Optional<Diagnostic> typo =
          unexpected
              ? NameWords.behind(source.text(), first)
                  .or(() -> Misspellings.behind(source.text(), first))
              : Optional.empty();
      (typo.isPresent() ? typo.stream().toList() : syntax.all())
          .forEach(d -> diagnostics.report(d.code(), d.span(), d.arguments().toArray()));
      return Optional.empty();
    }
    Contract contract =
        new AstBuilder(diagnostics, new Interpolations(diagnostics)).contract(file.contract());
    return diagnostics.hasErrors() ? Optional.empty() : Optional.of(contract);
  }

  /** Parentheses and {@code not} nested beyond {@link #MAX_DEPTH}: reported before parsing. */
  private static boolean tooDeep(String text, Diagnostics diagnostics) {
    RclLexer lexer = new RclLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    int depth = 0;
    int nots = 0;
    int operators = 0;
    for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
      int type = token.getType();
      depth += type == RclLexer.LPAREN ? 1 : type == RclLexer.RPAREN ? -1 : 0;
      nots = type == RclLexer.NOT ? nots + 1 : type == RclLexer.LPAREN ? nots : 0;
      operators =
          STATEMENT_STARTS.contains(type) ? 0 : operators + (OPERATORS.contains(type) ? 1 : 0);
      if (depth > MAX_DEPTH || nots > MAX_DEPTH) {
        diagnostics.report(Code.E008_TOO_DEEP, Spans.of(token), MAX_DEPTH);
        return true;
      }
      if (operators > MAX_OPERATORS) {
        diagnostics.report(Code.E010_TOO_LONG, Spans.of(token), MAX_OPERATORS);
        return true;
      }
    }
    return false;
  }

  /** A parser over text that starts at the given 1-based line and column of the file. */
  static RclParser parser(String text, Diagnostics diagnostics, int line, int column) {
    RclLexer lexer = new RclLexer(CharStreams.fromString(text));
    lexer.setLine(line);
    lexer.setCharPositionInLine(column - 1);
    lexer.removeErrorListeners();
    RclParser parser = new RclParser(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
    parser.addErrorListener(new SyntaxErrors(diagnostics, writtenInChinese(text)));
    return parser;
  }

  /** Whether the text's first keyword (a contract's header: 合约) is a Chinese one. */
  private static boolean writtenInChinese(String text) {
    RclLexer lexer = new RclLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
      if (token.getChannel() == Token.DEFAULT_CHANNEL
          && Keywords.type(token.getText()).isPresent()) {
        return token.getText().codePoints().anyMatch(c -> c > 0x2e80);
      }
    }
    return false;
  }
}
