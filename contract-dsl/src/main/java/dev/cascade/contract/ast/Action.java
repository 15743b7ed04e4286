package dev.cascade.contract.ast;

import dev.cascade.contract.source.Span;
import java.util.List;

/** What a rule does when it fires. */
public sealed interface Action {

  Span span();

  /** The expressions the action works out or names, in the order written. */
  List<Expression> expressions();

  /** {@code reject "message"}: the operation is refused with this message. */
  record Reject(Message message, Span span) implements Action {
    @Override
    public List<Expression> expressions() {
      return message.parts().stream()
          .<Expression>mapMulti(
              (part, into) -> {
                if (part instanceof Message.Interpolation i) {
                  into.accept(i.expression());
                }
              })
          .toList();
    }
  }

  /** {@code mark certificate overdue} */
  record Mark(Expression.Path target, Contract.Name state, Span span) implements Action {
    @Override
    public List<Expression> expressions() {
      return List.of(target);
    }
  }

  /** {@code notify guarantor} */
  record Notify(Contract.Name party, Span span) implements Action {
    @Override
    public List<Expression> expressions() {
      return List.of();
    }
  }

  /** {@code accrue penalty of <money>} */
  record Accrue(Contract.Name kind, Expression amount, Span span) implements Action {
    @Override
    public List<Expression> expressions() {
      return List.of(amount);
    }
  }

  /** {@code set operation.interest to <expression>}: a computed field of the operation. */
  record SetField(Expression.Path target, Expression value, Span span) implements Action {
    @Override
    public List<Expression> expressions() {
      return List.of(target, value);
    }
  }

  /** {@code settle certificate} */
  record Settle(Expression.Path target, Span span) implements Action {
    @Override
    public List<Expression> expressions() {
      return List.of(target);
    }
  }

  /** {@code freeze certificate} */
  record Freeze(Expression.Path target, Span span) implements Action {
    @Override
    public List<Expression> expressions() {
      return List.of(target);
    }
  }
}
