package dev.cascade.contract.parse;

import dev.cascade.contract.source.Span;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Source positions of tokens and parse-tree nodes. */
final class Spans {

  private Spans() {}

  static Span of(Token token) {
    return new Span(token.getLine(), token.getCharPositionInLine() + 1, token.getText().length());
  }

  /** From the node's first token to its last, if both are on one line; else its first token. */
  static Span of(ParserRuleContext context) {
    Token start = context.getStart();
    Token stop = context.getStop() == null ? start : context.getStop();
    return of(start).to(of(stop));
  }
}
