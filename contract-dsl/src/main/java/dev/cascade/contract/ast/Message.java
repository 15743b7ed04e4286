package dev.cascade.contract.ast;

import dev.cascade.contract.source.Span;
import java.util.List;

/** A message with interpolations: {@code "tenor {x} exceeds {maximum tenor}"}. */
public record Message(List<Part> parts, Span span) {

  public Message {
    parts = List.copyOf(parts);
  }

  /** A piece of a message. */
  public sealed interface Part {}

  /** Literal text. */
  public record Text(String text) implements Part {}

  /** {@code {expression}}, with the source text as written for explanations. */
  public record Interpolation(Expression expression, String source) implements Part {}
}
