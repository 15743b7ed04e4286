package dev.cascade.contract.parse;

import dev.cascade.contract.diagnostic.Code;
import dev.cascade.contract.diagnostic.Diagnostic;
import dev.cascade.contract.diagnostic.Diagnostics;
import dev.cascade.contract.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * A syntax error often shows after the real mistake. A misspelt keyword ({@code when finanse},
 * {@code parametres}) or two keywords written as one word ({@code 如果非}) is read as a name, and the
 * parser stumbles only a word or a line later. When a name just before the error, read as the
 * keyword closest to it (or split after the keyword it starts with), lets the parse go further,
 * that name is the mistake: it is reported at the name, alone, so that one typo gives one error.
 */
final class Misspellings {

  private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(2);

  /** How many lines of tokens before the error's a misspelt word may be on. */
  private static final int LINES_BACK = 2;

  /**
   * How many names, and readings of each, are tried at most: each try is a parse, and a line of
   * names before an error must not make checking slow.
   */
  private static final int NAMES_TRIED = 6;

  private static final int READINGS_TRIED = 3;

  private Misspellings() {}

  /** The misspelt keyword behind the syntax error {@code error}, if one is. */
  static Optional<Diagnostic> behind(String text, Diagnostic error) {
    List<Token> tokens = tokens(text);
    int at = indexAt(tokens, error.span());
    int errorOffset = offset(tokens, at, text);
    int linesBack = 0;
    int tried = 0;
    int line = error.span().line();
    for (int i = Math.min(at, tokens.size() - 1); i >= 0; i--) {
      Token token = tokens.get(i);
      if (token.getLine() < line) {
        line = token.getLine();
        if (++linesBack > LINES_BACK) {
          break;
        }
      }
      if (token.getType() != RclLexer.IDENT) {
        continue;
      }
      if (++tried > NAMES_TRIED) {
        break;
      }
      for (Correction correction :
          corrections(token.getText()).stream().limit(READINGS_TRIED).toList()) {
        // token indexes count code points, as the lexer reads the text
        String fixed =
            text.substring(0, text.offsetByCodePoints(0, token.getStartIndex()))
                + correction.text()
                + text.substring(text.offsetByCodePoints(0, token.getStopIndex() + 1));
        int shift =
            correction.text().codePointCount(0, correction.text().length())
                - token.getText().codePointCount(0, token.getText().length());
        if (goesFurther(fixed, errorOffset + shift)) {
          Code code = correction.split() ? Code.E012_JOINED_KEYWORDS : Code.E011_MISSPELT_KEYWORD;
          return Optional.of(
              Diagnostic.of(code, Spans.of(token), token.getText(), correction.text()));
        }
      }
    }
    return Optional.empty();
  }

  /** A word read another way: as a keyword, or as a keyword and the rest, apart. */
  private record Correction(String text, boolean split) {}

  /**
   * Two keywords run together first ({@code 如果非} is {@code 如果 非}), then the keywords a letter or
   * two away, then a keyword run into a name.
   */
  private static List<Correction> corrections(String word) {
    boolean chinese =
        word.codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    List<String> keywords = chinese ? Keywords.CHINESE : Keywords.ENGLISH;
    List<Correction> joined = new ArrayList<>();
    List<Correction> joinedToName = new ArrayList<>();
    keywords.stream()
        .filter(k -> word.startsWith(k) && word.length() > k.length())
        .sorted(Comparator.comparingInt(String::length).reversed())
        .forEach(
            k -> {
              String rest = word.substring(k.length());
              Correction split = new Correction(k + " " + rest, true);
              (keywords.contains(rest) ? joined : joinedToName).add(split);
            });
    int allowed = word.length() <= 4 ? 1 : 2;
    List<Correction> corrections = new ArrayList<>(joined);
    keywords.stream()
        .filter(k -> !k.equals(word))
        .filter(k -> distance(word, k) >= 0 && distance(word, k) <= allowed)
        .sorted(Comparator.comparingInt((String k) -> distance(word, k)))
        .forEach(k -> corrections.add(new Correction(k, false)));
    corrections.addAll(joinedToName);
    return corrections;
  }

  private static int distance(String word, String keyword) {
    return DISTANCE.apply(word.toLowerCase(java.util.Locale.ROOT), keyword);
  }

  /** Whether {@code text} parses clean, or its first error comes after {@code offset}. */
  private static boolean goesFurther(String text, int offset) {
    Diagnostics diagnostics = new Diagnostics();
    RclParsing.parser(text, diagnostics, 1, 1).file();
    if (!diagnostics.hasErrors()) {
      return true;
    }
    List<Token> tokens = tokens(text);
    Span first = diagnostics.all().get(0).span();
    return offset(tokens, indexAt(tokens, first), text) > offset;
  }

  private static List<Token> tokens(String text) {
    RclLexer lexer = new RclLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    List<Token> tokens = new ArrayList<>();
    for (Token token : lexer.getAllTokens()) {
      if (token.getChannel() == Token.DEFAULT_CHANNEL) {
        tokens.add(token);
      }
    }
    return tokens;
  }

  /** The first token at or after {@code span}; the size of the list at the end of the text. */
  private static int indexAt(List<Token> tokens, Span span) {
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.getLine() > span.line()
          || (token.getLine() == span.line()
              && token.getCharPositionInLine() + 1 >= span.column())) {
        return i;
      }
    }
    return tokens.size();
  }

  private static int offset(List<Token> tokens, int index, String text) {
    return index < tokens.size()
        ? tokens.get(index).getStartIndex()
        : text.codePointCount(0, text.length());
  }
}
