package dev.cascade.contract.parse;

import dev.cascade.contract.diagnostic.Code;
import dev.cascade.contract.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * A term-sheet name with a word RCL cannot take in a name ({@code rate of interest}, {@code cut-off
 * day}): the parameter's line reads as words up to its {@code =}, but one of them is a keyword that
 * cannot be part of a name, or a hyphen. That word is reported, with the words a name may have.
 */
final class NameWords {

  /** The keywords a name may reuse, as the grammar's {@code word} rule has them. */
  static final Set<Integer> WORD_KEYWORDS =
      Set.of(
          RclLexer.ISSUE,
          RclLexer.ACCEPT,
          RclLexer.TRANSFER,
          RclLexer.SPLIT,
          RclLexer.FINANCE,
          RclLexer.PLEDGE,
          RclLexer.RELEASE,
          RclLexer.MATURITY,
          RclLexer.PAYMENT,
          RclLexer.OVERDUE,
          RclLexer.DAYS,
          RclLexer.YEAR,
          RclLexer.COUNT,
          RclLexer.TIER,
          RclLexer.VOLUME,
          RclLexer.RATES,
          RclLexer.PAYMENTS);

  private NameWords() {}

  /** The word that cannot be in the name declared on the syntax error's line, if that is it. */
  static Optional<Diagnostic> behind(String text, Diagnostic error) {
    List<Token> line = new ArrayList<>();
    RclLexer lexer = new RclLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
      if (token.getChannel() == Token.DEFAULT_CHANNEL && token.getLine() == error.span().line()) {
        line.add(token);
      }
    }
    int equals = -1;
    for (int i = 0; i < line.size(); i++) {
      if (line.get(i).getType() == RclLexer.EQ) {
        equals = i;
        break;
      }
    }
    if (equals < 2 || !isWord(line.get(0)) || !isWord(line.get(equals - 1))) {
      return Optional.empty();
    }
    Token culprit = null;
    for (Token token : line.subList(0, equals)) {
      if (!isWord(token)) {
        if (!Keywords.type(token.getText()).isPresent() && token.getType() != RclLexer.MINUS) {
          return Optional.empty();
        }
        culprit = culprit == null ? token : culprit;
      }
    }
    if (culprit == null) {
      return Optional.empty();
    }
    String name =
        text.substring(
            text.offsetByCodePoints(0, line.get(0).getStartIndex()),
            text.offsetByCodePoints(0, line.get(equals - 1).getStopIndex() + 1));
    return Optional.of(
        Diagnostic.of(Code.E013_NOT_A_NAME_WORD, Spans.of(culprit), culprit.getText(), name));
  }

  private static boolean isWord(Token token) {
    return token.getType() == RclLexer.IDENT || WORD_KEYWORDS.contains(token.getType());
  }
}
