package dev.cascade.contract.ast;

import dev.cascade.contract.source.Span;

/** What a rule does when it fires. */
public sealed interface Action {

  Span span();

  /** {@code reject "message"}: the operation is refused with this message. */
  record Reject(Message message, Span span) implements Action {}

  /** {@code mark certificate overdue} */
  record Mark(Expression.Path target, Contract.Name state, Span span) implements Action {}

  /** {@code notify guarantor} */
  record Notify(Contract.Name party, Span span) implements Action {}

  /** {@code accrue penalty of <money>} */
  record Accrue(Contract.Name kind, Expression amount, Span span) implements Action {}

  /** {@code set operation.interest to <expression>}: a computed field of the operation. */
  record SetField(Expression.Path target, Expression value, Span span) implements Action {}

  /** {@code settle certificate} */
  record Settle(Expression.Path target, Span span) implements Action {}

  /** {@code freeze certificate} */
  record Freeze(Expression.Path target, Span span) implements Action {}
}
