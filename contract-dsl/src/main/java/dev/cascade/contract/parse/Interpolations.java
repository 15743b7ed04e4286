package dev.cascade.contract.parse;

import dev.cascade.contract.ast.Expression;
import dev.cascade.contract.ast.Message;
import dev.cascade.contract.diagnostic.Code;
import dev.cascade.contract.diagnostic.Diagnostics;
import dev.cascade.contract.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/**
 * Splits a message into text and {interpolations}, parsing each interpolation as an expression and
 * placing its diagnostics where it stands in the file.
 */
final class Interpolations {

  private final Diagnostics diagnostics;

  Interpolations(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  Message message(Token token, ExpressionBuilder expressions) {
    String body = Literals.raw(token);
    // +1: the opening quote
    int firstColumn = token.getCharPositionInLine() + 1 + 1;
    List<Message.Part> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int index = 0;
    while (index < body.length()) {
      char c = body.charAt(index);
      if (c == '\\' && index + 1 < body.length()) {
        text.append(body.charAt(index + 1)); // \" \{ \} \\: the character itself
        index += 2;
        continue;
      }
      if (c != '{') {
        text.append(c);
        index++;
        continue;
      }
      if (!text.isEmpty()) {
        parts.add(new Message.Text(text.toString()));
        text.setLength(0);
      }
      int open = index;
      int close = body.indexOf('}', open);
      if (close < 0) {
        diagnostics.report(
            Code.E005_BAD_INTERPOLATION,
            new Span(token.getLine(), firstColumn + body.codePointCount(0, open), 1));
        return new Message(parts, Spans.of(token));
      }
      String source = body.substring(open + 1, close);
      // ANTLR counts columns in code points, not UTF-16 units
      int column = firstColumn + body.codePointCount(0, open) + 1;
      if (source.isBlank()) {
        diagnostics.report(
            Code.E009_INCOMPLETE_INTERPOLATION, new Span(token.getLine(), column - 1, 2));
      } else {
        parse(source, token.getLine(), column, expressions)
            .ifPresent(e -> parts.add(new Message.Interpolation(e, source.strip())));
      }
      index = close + 1;
    }
    if (!text.isEmpty()) {
      parts.add(new Message.Text(text.toString()));
    }
    return new Message(parts, Spans.of(token));
  }

  private Optional<Expression> parse(
      String source, int line, int column, ExpressionBuilder expressions) {
    Diagnostics local = new Diagnostics();
    RclParser parser = RclParsing.parser(source, local, line, column);
    RclParser.InterpolationContext context = parser.interpolation();
    if (local.hasErrors()) {
      // The end of an interpolation is not the end of the file.
      local
          .all()
          .forEach(
              d -> {
                if (d.code() == Code.E004_MISSING_INPUT) {
                  diagnostics.report(Code.E009_INCOMPLETE_INTERPOLATION, d.span());
                } else {
                  diagnostics.report(d.code(), d.span(), d.arguments().toArray());
                }
              });
      return Optional.empty();
    }
    return Optional.of(expressions.expression(context.expression()));
  }
}
