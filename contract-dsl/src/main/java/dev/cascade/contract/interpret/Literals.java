package dev.cascade.contract.interpret;

import dev.cascade.contract.ast.Expression;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.runtime.Unit;
import dev.cascade.contract.runtime.Value;

/** Literal values, exactly as written; a state named in Chinese as the checker resolved it. */
final class Literals {

  private Literals() {}

  static Value value(Expression.Literal literal, CheckedContract checked) {
    if (literal instanceof Expression.MoneyLiteral money) {
      return new Value.Numeric(money.amount(), Unit.money(money.currency()));
    }
    if (literal instanceof Expression.RateLiteral rate) {
      return new Value.Numeric(rate.fraction(), Unit.rate(rate.period()));
    }
    if (literal instanceof Expression.DurationLiteral duration) {
      return new Value.Numeric(duration.days(), Unit.DURATION);
    }
    if (literal instanceof Expression.DateLiteral date) {
      return new Value.DateValue(date.date());
    }
    if (literal instanceof Expression.NumberLiteral number) {
      return new Value.Numeric(number.value(), Unit.NUMBER);
    }
    if (literal instanceof Expression.TextLiteral text) {
      return new Value.Text(checked.text(text));
    }
    if (literal instanceof Expression.ListLiteral list) {
      return new Value.ListValue(
          list.elements().stream().map(element -> value(element, checked)).toList());
    }
    return new Value.Bool(((Expression.BooleanLiteral) literal).value());
  }
}
