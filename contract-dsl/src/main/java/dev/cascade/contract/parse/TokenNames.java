package dev.cascade.contract.parse;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;

/** How tokens are named in diagnostics: keywords as written, the rest by what they are. */
final class TokenNames {

  private TokenNames() {}

  static String of(int type, Vocabulary vocabulary) {
    return switch (type) {
      case Token.EOF -> "end of file";
      case RclLexer.IDENT -> "a name";
      case RclLexer.NUMBER -> "a number";
      case RclLexer.PERCENT -> "a rate (4.35%)";
      case RclLexer.DATE -> "a date (2026-03-31)";
      case RclLexer.STRING -> "\"text\"";
      default -> keyword(type, vocabulary);
    };
  }

  /** The English form of a keyword: its literal name starts with it, e.g. {@code 'then'}. */
  private static String keyword(int type, Vocabulary vocabulary) {
    String literal = vocabulary.getLiteralName(type);
    if (literal != null) {
      return literal.replace("'", "");
    }
    String symbolic = vocabulary.getSymbolicName(type);
    return symbolic == null ? "?" : symbolic.toLowerCase(java.util.Locale.ROOT);
  }
}
