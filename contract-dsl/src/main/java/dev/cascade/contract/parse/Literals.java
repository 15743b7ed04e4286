package dev.cascade.contract.parse;

import dev.cascade.contract.ast.Expression;
import dev.cascade.contract.diagnostic.Code;
import dev.cascade.contract.diagnostic.Diagnostics;
import dev.cascade.contract.source.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.antlr.v4.runtime.Token;

/** Reads literal tokens exactly: numbers as BigDecimal, never through floating point. */
final class Literals {

  // "uuuu" and STRICT: 2026-02-30 is an error, not 2026-02-28.
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private Literals() {}

  /** {@code 1,505,500.00} → 1505500.00, keeping the written scale. */
  static BigDecimal number(String text) {
    return new BigDecimal(text.replace(",", ""));
  }

  /** {@code 1.8%} → 0.018 */
  static BigDecimal percent(String text) {
    return number(text.substring(0, text.length() - 1)).movePointLeft(2);
  }

  static LocalDate date(Token token, Diagnostics diagnostics) {
    try {
      return LocalDate.parse(token.getText(), ISO_DATE);
    } catch (DateTimeParseException e) {
      diagnostics.report(Code.E006_BAD_DATE, Spans.of(token), token.getText());
      return LocalDate.EPOCH;
    }
  }

  static long wholeNumber(Token token, Diagnostics diagnostics) {
    try {
      return number(token.getText()).longValueExact();
    } catch (ArithmeticException e) {
      diagnostics.report(Code.E007_BAD_NUMBER, Spans.of(token), token.getText());
      return 0;
    }
  }

  /** A tier number: whole, and small enough to be a tier. */
  static int tier(Token token, Diagnostics diagnostics) {
    long tier = wholeNumber(token, diagnostics);
    if (tier < 0 || tier > Integer.MAX_VALUE) {
      diagnostics.report(Code.E007_BAD_NUMBER, Spans.of(token), token.getText());
      return 0;
    }
    return (int) tier;
  }

  /** The text between the quotes. */
  static String text(Token token) {
    return unescape(raw(token));
  }

  /** A string's body as written: without its quotes, with its backslashes. */
  static String raw(Token token) {
    String text = token.getText();
    return text.substring(1, text.length() - 1);
  }

  /** {@code \"}, {@code \{}, {@code \}} and {@code \\} as the characters they stand for. */
  static String unescape(String raw) {
    StringBuilder text = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\' && i + 1 < raw.length()) {
        c = raw.charAt(++i);
      }
      text.append(c);
    }
    return text.toString();
  }

  /** A negative parameter: {@code -5}, {@code -0.5%}, {@code -CNY 10.00}. */
  static Expression.Literal negate(Expression.Literal literal, Diagnostics diagnostics) {
    if (literal instanceof Expression.NumberLiteral n) {
      return new Expression.NumberLiteral(n.value().negate(), n.span());
    }
    if (literal instanceof Expression.MoneyLiteral m) {
      return new Expression.MoneyLiteral(m.currency(), m.amount().negate(), m.span());
    }
    if (literal instanceof Expression.RateLiteral r) {
      return new Expression.RateLiteral(r.fraction().negate(), r.period(), r.span());
    }
    if (literal instanceof Expression.DurationLiteral d) {
      return new Expression.DurationLiteral(d.days().negate(), d.span());
    }
    diagnostics.report(Code.E114_NOT_NUMERIC, shifted(literal.span()), "-", "this value");
    return literal;
  }

  private static Span shifted(Span span) {
    return new Span(span.line(), Math.max(1, span.column() - 1), 1);
  }
}
