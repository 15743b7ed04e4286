package dev.cascade.contract.parse;

import dev.cascade.contract.diagnostic.Code;
import dev.cascade.contract.diagnostic.Diagnostics;
import dev.cascade.contract.source.Span;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Turns ANTLR's syntax errors into diagnostics in the analyst's words. */
final class SyntaxErrors extends BaseErrorListener {

  private static final int MAX_EXPECTED_SHOWN = 6;

  private final Diagnostics diagnostics;

  /** Whether the file is written with Chinese keywords: the expected ones are named so too. */
  private final boolean chinese;

  SyntaxErrors(Diagnostics diagnostics, boolean chinese) {
    this.diagnostics = diagnostics;
    this.chinese = chinese;
  }

  @Override
  public void syntaxError(
      Recognizer<?, ?> recognizer,
      Object offendingSymbol,
      int line,
      int charPositionInLine,
      String antlrMessage,
      RecognitionException e) {
    Token token = offendingSymbol instanceof Token t ? t : null;
    Span span = span(line, charPositionInLine, token);
    if (token == null) {
      return; // lexer errors: the lexer's own error tokens are reported by the parser instead
    }
    switch (token.getType()) {
      case RclLexer.ERROR_CHAR ->
          halfWidth(token.getText())
              .ifPresentOrElse(
                  half -> diagnostics.report(Code.E014_FULL_WIDTH, span, token.getText(), half),
                  () -> diagnostics.report(Code.E002_UNKNOWN_CHARACTER, span, token.getText()));
      case RclLexer.UNTERMINATED_STRING -> diagnostics.report(Code.E003_UNTERMINATED_TEXT, span);
      default -> reportUnexpected(recognizer, token, span, e, antlrMessage);
    }
  }

  private void reportUnexpected(
      Recognizer<?, ?> recognizer,
      Token token,
      Span span,
      RecognitionException e,
      String antlrMessage) {
    Parser parser = (Parser) recognizer;
    IntervalSet expected =
        e instanceof InputMismatchException || e instanceof NoViableAltException || e == null
            ? parser.getExpectedTokens()
            : e.getExpectedTokens();
    IntervalSet missing = missing(antlrMessage, parser.getVocabulary());
    if (!missing.isNil()) {
      expected = missing; // one token left out: name it, not what may follow it
    }
    String found = describe(token, parser.getVocabulary());
    if (token.getType() == Token.EOF) {
      diagnostics.report(Code.E004_MISSING_INPUT, span, expected(expected, parser.getVocabulary()));
    } else {
      diagnostics.report(
          Code.E001_UNEXPECTED_INPUT, span, found, expected(expected, parser.getVocabulary()));
    }
  }

  /** The token ANTLR's recovery found left out ("missing ELSE at 'rule'"), or none. */
  private static IntervalSet missing(String antlrMessage, Vocabulary vocabulary) {
    if (antlrMessage == null || !antlrMessage.startsWith("missing ")) {
      return new IntervalSet();
    }
    String name = antlrMessage.substring("missing ".length()).split(" at ", 2)[0];
    for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
      if (name.equals(vocabulary.getSymbolicName(type))
          || name.equals(vocabulary.getLiteralName(type))) {
        return IntervalSet.of(type);
      }
    }
    return new IntervalSet();
  }

  private Span span(int line, int charPositionInLine, Token token) {
    int length = token == null || token.getType() == Token.EOF ? 1 : token.getText().length();
    return new Span(line, charPositionInLine + 1, length);
  }

  private static String describe(Token token, Vocabulary vocabulary) {
    return token.getType() == RclLexer.STRING ? token.getText() : "‘" + token.getText() + "’";
  }

  /** "then, and, or" — the first few things that could have stood there. */
  private String expected(IntervalSet expected, Vocabulary vocabulary) {
    if (expected.contains(RclLexer.EVERY) && expected.contains(RclLexer.ISSUE)) {
      return chinese
          ? "事件（签发、承兑、转让、拆分、融资、质押、解押、到期、兑付、逾期）、每 天，或 到期前 N 天"
          : "an event (issue, accept, transfer, split, finance, pledge, release, maturity,"
              + " payment, overdue), every day, or N days before maturity";
    }
    if (expected.contains(RclLexer.ELSE)) {
      return chinese
          ? "否则（“如果 … 则 …”取值时要写明否则的值）"
          : "else (a value chosen by if … then … needs the value otherwise)";
    }
    if (expected.contains(RclLexer.IDENT) && expected.contains(RclLexer.NUMBER)) {
      // names may reuse keywords; listing those would only mislead
      return chinese
          ? "一个值（名称、数字、金额、利率、日期、文本、真或假）"
          : "a value (a name, a number, money, a rate, a date, text, true or false)";
    }
    List<String> names = new ArrayList<>();
    for (int type : expected.toArray()) {
      String name =
          chinese
              ? Keywords.chinese(type).orElseGet(() -> TokenNames.of(type, vocabulary))
              : TokenNames.of(type, vocabulary);
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    if (names.size() > MAX_EXPECTED_SHOWN) {
      names = new ArrayList<>(names.subList(0, MAX_EXPECTED_SHOWN));
      names.add("…");
    }
    return String.join(", ", names);
  }

  /**
   * The half-width form of a full-width character a Chinese input method types ({@code ，} for
   * {@code ,}, {@code （} for {@code (}, {@code “} for {@code "}), if it is one.
   */
  static java.util.Optional<String> halfWidth(String character) {
    int c = character.codePointAt(0);
    if (c >= 0xFF01 && c <= 0xFF5E) {
      return java.util.Optional.of(new String(Character.toChars(c - 0xFEE0)));
    }
    return switch (c) {
      case '\u201C', '\u201D' -> java.util.Optional.of("\"");
      case '\u3001' -> java.util.Optional.of(",");
      case '\u3002' -> java.util.Optional.of(".");
      default -> java.util.Optional.empty();
    };
  }
}
