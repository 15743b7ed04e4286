package dev.cascade.contract.check;

import dev.cascade.contract.ast.Action;
import dev.cascade.contract.ast.Contract;
import dev.cascade.contract.ast.Expression;
import dev.cascade.contract.diagnostic.Code;
import dev.cascade.contract.diagnostic.Diagnostics;
import dev.cascade.contract.runtime.EntityKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks what rules do: targets, states, parties and the types of computed values. */
final class ActionChecker {

  private static final Type CERTIFICATE = new Type.Entity(EntityKind.CERTIFICATE);

  private final Diagnostics diagnostics;
  private final ExpressionChecker expressions;
  private final Schema schema;
  private final Type money;

  ActionChecker(
      Diagnostics diagnostics, ExpressionChecker expressions, Schema schema, String currency) {
    this.diagnostics = diagnostics;
    this.expressions = expressions;
    this.schema = schema;
    this.money = Type.Quantity.money(currency);
  }

  /** Checks {@code action}; what it returns is the computed field it sets, if it sets one. */
  Optional<String> check(Action action, Scope scope) {
    if (action instanceof Action.SetField set) {
      return setField(set, scope);
    }
    if (action instanceof Action.Reject reject) {
      Checker.checkMessage(reject.message(), scope, expressions);
    } else if (action instanceof Action.Mark mark) {
      expressions.expect(mark.target(), scope, CERTIFICATE, "‘mark’");
      known(mark.state(), Schema.STATES, Code.E116_UNKNOWN_STATE);
    } else if (action instanceof Action.Notify notify) {
      known(notify.party(), Schema.NOTIFIABLE, Code.E117_UNKNOWN_PARTY);
    } else if (action instanceof Action.Accrue accrue) {
      known(accrue.kind(), Schema.ACCRUALS, Code.E121_UNKNOWN_ACCRUAL);
      expressions.expect(accrue.amount(), scope, money, "what ‘accrue’ adds");
    } else if (action instanceof Action.Settle settle) {
      expressions.expect(settle.target(), scope, CERTIFICATE, "‘settle’");
    } else if (action instanceof Action.Freeze freeze) {
      expressions.expect(freeze.target(), scope, CERTIFICATE, "‘freeze’");
    }
    return Optional.empty();
  }

  private Optional<String> setField(Action.SetField set, Scope scope) {
    Optional<Schema.Field> field = settable(set.target(), scope);
    if (field.isEmpty()) {
      // a computed field elsewhere is named as such, not as a field this occasion lacks
      boolean computedElsewhere = schema.settableAnywhere().contains(set.target().text());
      if (computedElsewhere || !(expressions.type(set.target(), scope) instanceof Type.Error)) {
        String occasion = scope.occasion().map(o -> o.word()).orElse("");
        List<String> here =
            operation(scope).fields().values().stream()
                .filter(Schema.Field::settable)
                .map(f -> "operation." + f.name())
                .toList();
        diagnostics.report(
            Code.E115_NOT_SETTABLE,
            set.target().span(),
            set.target().text(),
            occasion,
            String.join(", ", here),
            String.join(", ", schema.settableAnywhere()));
      }
      expressions.type(set.value(), scope);
      return Optional.empty();
    }
    expressions.expect(set.value(), scope, field.get().type(), "‘" + set.target().text() + "’");
    return Optional.of(field.get().name());
  }

  /** Only {@code operation.<computed field>} can be set, on the occasions that compute it. */
  private static Optional<Schema.Field> settable(Expression.Path path, Scope scope) {
    if (path.segments().size() != 2 || !path.segments().get(0).text().equals("operation")) {
      return Optional.empty();
    }
    return operation(scope).field(path.segments().get(1).text()).filter(Schema.Field::settable);
  }

  private static Type.Entity operation(Scope scope) {
    return scope.lookup("operation").orElse(null) instanceof Type.Entity operation
        ? operation
        : new Type.Entity(EntityKind.OPERATION);
  }

  private void known(Contract.Name name, Set<String> known, Code code) {
    if (!known.contains(name.text())) {
      Object[] hint = Suggestions.hintArguments(name.text(), known);
      diagnostics.report(code, name.span(), name.text(), hint[0], hint[1]);
    }
  }
}
