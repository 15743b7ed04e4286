package dev.cascade.contract.ast;

import dev.cascade.contract.runtime.Event;
import dev.cascade.contract.source.Span;

/** When a rule is considered. */
public sealed interface Trigger {

  Span span();

  /** {@code when split} */
  record OnEvent(Event event, Span span) implements Trigger {}

  /** {@code when every day}: a time event, evaluated once per block day. */
  record EveryDay(Span span) implements Trigger {}

  /** {@code when 5 days before maturity}: a time event. */
  record BeforeMaturity(Expression offset, Span span) implements Trigger {}
}
