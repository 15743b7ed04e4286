package dev.cascade.contract.check;

import dev.cascade.contract.ast.Contract;
import dev.cascade.contract.ast.Expression;
import dev.cascade.contract.ast.Expression.Operator;
import dev.cascade.contract.check.Type.Quantity;
import dev.cascade.contract.diagnostic.Code;
import dev.cascade.contract.diagnostic.Diagnostics;
import dev.cascade.contract.runtime.Currencies;
import dev.cascade.contract.runtime.EntityKind;
import dev.cascade.contract.runtime.Value;
import dev.cascade.contract.source.Span;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Types expressions, reporting each mistake once; an erroneous subexpression is {@link Type#ERROR}.
 */
final class ExpressionChecker {

  private final Diagnostics diagnostics;
  private final Schema schema;
  private final StateNames states;
  private final Map<Expression, Type> types = new IdentityHashMap<>();

  /** The names paths started from since {@link #forgetNamesRead()}: what a rule reads. */
  private final Set<String> namesRead = new HashSet<>();

  ExpressionChecker(Diagnostics diagnostics, Schema schema, List<Contract.Parameter> parameters) {
    this.diagnostics = diagnostics;
    this.schema = schema;
    this.states = new StateNames(diagnostics, parameters);
  }

  Map<Expression, Type> types() {
    return types;
  }

  /** The state names written in Chinese, by literal, and their English ones. */
  Map<Expression, String> englishStates() {
    return states.english();
  }

  void forgetNamesRead() {
    namesRead.clear();
  }

  boolean wasRead(String name) {
    return namesRead.contains(name);
  }

  Type type(Expression expression, Scope scope) {
    Type type = compute(expression, scope);
    types.put(expression, type);
    return type;
  }

  /** Types {@code expression} and reports when it is not what the place needs. */
  Type expect(Expression expression, Scope scope, Type wanted, String place) {
    Type type = type(expression, scope);
    boolean fits = type.equals(wanted) || Units.dimensionless(type) && Units.dimensionless(wanted);
    if (!(type instanceof Type.Error) && !fits) {
      if (wrongLiteral(expression, type, wanted)) {
        return type;
      }
      unfinishedOr(
          type,
          expression.span(),
          () ->
              diagnostics.report(
                  Code.E108_WRONG_TYPE,
                  expression.span(),
                  place,
                  wanted.describe(),
                  type.describe()));
    }
    return type;
  }

  /** Reports E109 for an unfinished product, otherwise runs {@code otherwise}. */
  void unfinishedOr(Type type, Span span, Runnable otherwise) {
    if (type instanceof Quantity q && !q.isComplete()) {
      diagnostics.report(Code.E109_UNFINISHED_INTEREST, span, q.describe());
    } else {
      otherwise.run();
    }
  }

  private Type compute(Expression expression, Scope scope) {
    if (expression instanceof Expression.Binary binary) {
      return binary(binary, scope);
    }
    if (expression instanceof Expression.Not not) {
      expect(not.operand(), scope, Type.BOOL, "‘not’");
      return Type.BOOL;
    }
    if (expression instanceof Expression.Presence presence) {
      return presence(presence, scope);
    }
    if (expression instanceof Expression.ViewPresence presence) {
      return viewPresence(presence, scope);
    }
    if (expression instanceof Expression.Negate negate) {
      Type operand = type(negate.operand(), scope);
      if (operand instanceof Quantity || operand instanceof Type.Error) {
        return operand;
      }
      diagnostics.report(Code.E114_NOT_NUMERIC, negate.span(), "-", operand.describe());
      return Type.ERROR;
    }
    if (expression instanceof Expression.Aggregate aggregate) {
      return aggregate(aggregate, scope);
    }
    if (expression instanceof Expression.Rounded rounded) {
      return rounded(rounded, scope);
    }
    if (expression instanceof Expression.Extreme extreme) {
      return alike(extreme.values(), scope, (extreme.max() ? "max" : "min") + " of", true);
    }
    if (expression instanceof Expression.Conditional conditional) {
      expect(conditional.condition(), scope, Type.BOOL, "the condition after ‘if’");
      return alike(List.of(conditional.yes(), conditional.no()), scope, "if … then … else", false);
    }
    if (expression instanceof Expression.Membership membership) {
      return membership(membership, scope);
    }
    if (expression instanceof Expression.Quantified quantified) {
      return quantified(quantified, scope);
    }
    if (expression instanceof Expression.MetricOfTier metric) {
      return scope
          .lookup(metric.metric() + " by tier")
          .orElseGet(() -> unknownName(metric.metric() + " by tier", metric.span(), scope));
    }
    if (expression instanceof Expression.Today) {
      return Type.DATE;
    }
    if (expression instanceof Expression.Path path) {
      return path(path, scope);
    }
    return literal((Expression.Literal) expression);
  }

  /**
   * Values that stand for one another ({@code min of (a, b)}, the two sides of {@code if … else})
   * are of one kind (E134); a plain number and a share are alike. Their kind, the first one's.
   */
  private Type alike(List<Expression> values, Scope scope, String place, boolean ordered) {
    Type first = type(values.get(0), scope);
    boolean failed = first instanceof Type.Error;
    for (Expression value : values.subList(1, values.size())) {
      Type type = type(value, scope);
      if (type instanceof Type.Error || failed) {
        failed = true;
        continue;
      }
      boolean same = type.equals(first) || Units.dimensionless(type) && Units.dimensionless(first);
      if (!same) {
        diagnostics.report(
            Code.E134_VALUES_DIFFER, value.span(), place, first.describe(), type.describe());
        failed = true;
      }
    }
    if (!failed && first instanceof Quantity q && !q.isComplete()) {
      diagnostics.report(Code.E109_UNFINISHED_INTEREST, values.get(0).span(), q.describe());
      failed = true;
    }
    if (!failed && ordered && !(first instanceof Quantity || first instanceof Type.Date)) {
      diagnostics.report(Code.E114_NOT_NUMERIC, values.get(0).span(), place, first.describe());
      failed = true;
    }
    if (failed) {
      return Type.ERROR;
    }
    // A number and a share stand for each other; the value may be either, so it is a share.
    boolean share =
        values.stream().anyMatch(v -> types.get(v) instanceof Quantity q && q.isShare());
    return share && Units.dimensionless(first) ? Quantity.SHARE : first;
  }

  /** {@code x in list}: the list's elements are of x's kind (E133). */
  private Type membership(Expression.Membership membership, Scope scope) {
    Type element = type(membership.element(), scope);
    Type list = type(membership.list(), scope);
    if (element instanceof Type.Error || list instanceof Type.Error) {
      return Type.ERROR;
    }
    boolean fits =
        list instanceof Type.ListOf of
            && (of.element().equals(element)
                || Units.dimensionless(of.element()) && Units.dimensionless(element));
    if (fits) {
      states.compared(membership.element(), membership.list());
      return Type.BOOL;
    }
    String written = membership.element() instanceof Expression.Path path ? path.text() : "it";
    diagnostics.report(
        Code.E133_NOT_IN_LIST,
        membership.span(),
        element.describe(),
        list.describe(),
        element instanceof Type.Entity entity && entity.kind() == EntityKind.PARTY
            ? written + ".name"
            : written);
    return Type.ERROR;
  }

  private Type literal(Expression.Literal literal) {
    if (literal instanceof Expression.MoneyLiteral money) {
      if (!isCurrency(money.currency())) {
        diagnostics.report(Code.E101_UNKNOWN_CURRENCY, money.span(), money.currency());
        return Type.ERROR;
      }
      return Quantity.money(money.currency());
    }
    if (literal instanceof Expression.RateLiteral rate) {
      return Quantity.rate(rate.period());
    }
    if (literal instanceof Expression.DurationLiteral) {
      return Quantity.DURATION;
    }
    if (literal instanceof Expression.DateLiteral) {
      return Type.DATE;
    }
    if (literal instanceof Expression.NumberLiteral) {
      return Quantity.NUMBER;
    }
    if (literal instanceof Expression.TextLiteral) {
      return Type.TEXT;
    }
    if (literal instanceof Expression.ListLiteral list) {
      return listLiteral(list);
    }
    return Type.BOOL;
  }

  /** A rounding mode as written, reported (E112) when it is none. */
  static Optional<java.math.RoundingMode> roundingMode(
      Contract.Name written, Diagnostics diagnostics) {
    Optional<java.math.RoundingMode> mode = RoundingModes.named(written.text());
    if (mode.isEmpty()) {
      Object[] hint = Suggestions.hintArguments(written.text(), RoundingModes.NAMES.keySet());
      diagnostics.report(
          Code.E112_UNKNOWN_ROUNDING, written.span(), written.text(), hint[0], hint[1]);
    }
    return mode;
  }

  /**
   * {@code x rounded mode to step}: x must be money, a number, a share, a rate or a duration
   * (E130), the step a positive literal of x's kind (E131).
   */
  private Type rounded(Expression.Rounded rounded, Scope scope) {
    Type operand = type(rounded.operand(), scope);
    rounded.mode().ifPresent(mode -> roundingMode(mode, diagnostics));
    if (operand instanceof Type.Error) {
      return operand;
    }
    if (!(operand instanceof Quantity q) || !q.isComplete()) {
      unfinishedOr(
          operand,
          rounded.operand().span(),
          () -> diagnostics.report(Code.E130_NOT_ROUNDABLE, rounded.span(), operand.describe()));
      return Type.ERROR;
    }
    if (rounded.step().isPresent()) {
      Expression.Literal step = rounded.step().get();
      Type stepType = type(step, scope);
      boolean positive =
          RoundingModes.stepValue(step).map(value -> value.signum() > 0).orElse(false);
      if (!(stepType instanceof Type.Error) && (!stepType.equals(operand) || !positive)) {
        diagnostics.report(
            Code.E131_BAD_STEP, step.span(), operand.describe(), stepType.describe());
        return Type.ERROR;
      }
    }
    return operand;
  }

  /** A list's elements are all of one kind (E132). */
  private Type listLiteral(Expression.ListLiteral list) {
    Type first = null;
    for (Expression.Literal element : list.elements()) {
      Type type = literal(element);
      types.put(element, type);
      if (type instanceof Type.Error) {
        return type;
      }
      if (first == null) {
        first = type;
      } else if (!type.equals(first)) {
        diagnostics.report(Code.E132_MIXED_LIST, element.span(), first.describe(), type.describe());
        return Type.ERROR;
      }
    }
    return new Type.ListOf(first);
  }

  static boolean isCurrency(String code) {
    return Currencies.isKnown(code);
  }

  private Type binary(Expression.Binary binary, Scope scope) {
    Operator operator = binary.operator();
    if (operator == Operator.AND || operator == Operator.OR) {
      String place = "‘" + operator.symbol() + "’";
      expect(binary.left(), scope, Type.BOOL, place);
      expect(binary.right(), scope, Type.BOOL, place);
      return Type.BOOL;
    }
    Type left = type(binary.left(), scope);
    Type right = type(binary.right(), scope);
    if (left instanceof Type.Error || right instanceof Type.Error) {
      return Type.ERROR;
    }
    if (operator.isComparison()) {
      return comparison(binary, left, right);
    }
    if (currenciesDiffer(left, right)) {
      diagnostics.report(
          Code.E102_CURRENCY_MISMATCH, binary.span(), left.describe(), right.describe());
      return Type.ERROR;
    }
    return Units.arithmetic(operator, left, right)
        .orElseGet(
            () -> {
              boolean moves = operator == Operator.PLUS || operator == Operator.MINUS;
              if (moves
                  && left instanceof Type.Date
                  && wrongLiteral(binary.right(), right, Quantity.DURATION)) {
                return Type.ERROR;
              }
              diagnostics.report(
                  Code.E105_OPERATOR_MISMATCH,
                  binary.span(),
                  operator.symbol(),
                  left.describe(),
                  right.describe());
              return Type.ERROR;
            });
  }

  /**
   * Reports E126 when {@code expression} is a literal of {@code type} that, written as RCL writes
   * {@code wanted}, would fit: the hint is what to write.
   */
  private boolean wrongLiteral(Expression expression, Type type, Type wanted) {
    Optional<String> fix = LiteralFixes.fix(expression, wanted);
    fix.ifPresent(
        written ->
            diagnostics.report(
                Code.E126_WRONG_LITERAL,
                expression.span(),
                literalText(expression),
                type.describe(),
                wanted.describe(),
                written));
    return fix.isPresent();
  }

  private static String literalText(Expression literal) {
    if (literal instanceof Expression.TextLiteral text) {
      return "\"" + text.text() + "\"";
    }
    if (literal instanceof Expression.RateLiteral percent) {
      return Value.Numeric.percentage(percent.fraction(), percent.period());
    }
    return ((Expression.NumberLiteral) literal).value().toPlainString();
  }

  private Type comparison(Expression.Binary binary, Type left, Type right) {
    for (Expression side : List.of(binary.left(), binary.right())) {
      Type type = types.get(side);
      if (type instanceof Quantity q && !q.isComplete()) {
        diagnostics.report(Code.E109_UNFINISHED_INTEREST, side.span(), q.describe());
        return Type.ERROR;
      }
    }
    if ((left.equals(right) || Units.dimensionless(left) && Units.dimensionless(right))
        && orderable(left, binary.operator())) {
      states.compared(binary.left(), binary.right());
      return Type.BOOL;
    }
    if (wrongLiteral(binary.right(), right, left) || wrongLiteral(binary.left(), left, right)) {
      return Type.ERROR;
    }
    if (currenciesDiffer(left, right)) {
      diagnostics.report(
          Code.E102_CURRENCY_MISMATCH, binary.span(), left.describe(), right.describe());
    } else if (isMoneyAgainstNumber(left, right)) {
      diagnostics.report(Code.E106_MONEY_VERSUS_NUMBER, binary.span(), currencyOf(left, right));
    } else {
      diagnostics.report(
          Code.E107_COMPARISON_MISMATCH,
          binary.span(),
          binary.operator().symbol(),
          left.describe(),
          right.describe());
    }
    return Type.ERROR;
  }

  /**
   * Text and booleans can be equal or not; only numbers, money, rates, durations and dates order.
   */
  private static boolean orderable(Type type, Operator operator) {
    boolean equality = operator == Operator.EQUAL || operator == Operator.NOT_EQUAL;
    return equality || type instanceof Quantity || type instanceof Type.Date;
  }

  private static boolean currenciesDiffer(Type left, Type right) {
    return left instanceof Quantity l
        && right instanceof Quantity r
        && l.currency().isPresent()
        && r.currency().isPresent()
        && !l.currency().equals(r.currency());
  }

  private static boolean isMoneyAgainstNumber(Type left, Type right) {
    return left instanceof Quantity l
        && right instanceof Quantity r
        && ((l.isMoney() && r.isNumber()) || (l.isNumber() && r.isMoney()));
  }

  private static String currencyOf(Type left, Type right) {
    Quantity money = ((Quantity) left).isMoney() ? (Quantity) left : (Quantity) right;
    return money.currency().orElse("");
  }

  /** The list a path names; empty (and reported, unless already) when it is not a list. */
  private Optional<Type.ListOf> list(Expression.Path path, Scope scope) {
    Type collection = type(path, scope);
    if (collection instanceof Type.ListOf list) {
      return Optional.of(list);
    }
    if (!(collection instanceof Type.Error)) {
      diagnostics.report(Code.E113_NOT_A_LIST, path.span(), path.text(), collection.describe());
    }
    return Optional.empty();
  }

  private Type aggregate(Expression.Aggregate aggregate, Scope scope) {
    Optional<Type.ListOf> list = list(aggregate.path(), scope);
    if (list.isEmpty()) {
      return Type.ERROR;
    }
    if (aggregate.kind() == Expression.AggregateKind.COUNT) {
      return Quantity.NUMBER;
    }
    Type element = list.get().element();
    boolean numeric = element instanceof Quantity;
    boolean dates =
        element instanceof Type.Date && aggregate.kind() != Expression.AggregateKind.SUM;
    if (!numeric && !dates) {
      diagnostics.report(
          Code.E114_NOT_NUMERIC,
          aggregate.span(),
          aggregate.kind().name().toLowerCase(java.util.Locale.ROOT) + " of",
          element.describe());
      return Type.ERROR;
    }
    return element;
  }

  private Type quantified(Expression.Quantified quantified, Scope scope) {
    Optional<Type.ListOf> list = list(quantified.collection(), scope);
    if (list.isEmpty()) {
      return Type.ERROR;
    }
    expect(
        quantified.condition(),
        scope.with(quantified.variable(), list.get().element()),
        Type.BOOL,
        "the condition after ‘has’");
    return Type.BOOL;
  }

  private Type path(Expression.Path path, Scope scope) {
    List<Contract.Name> segments = path.segments();
    Contract.Name root = segments.get(0);
    namesRead.add(root.text());
    Optional<Type> start = scope.lookup(root.text());
    if (start.isEmpty()) {
      if (scope.occasion().isPresent() && Schema.ROOT_NAMES.contains(root.text())) {
        return notFilled(
            root.text(), root.span(), scope, schema.roots(scope.occasion().get()).keySet());
      }
      return unknownName(root.text(), root.span(), scope);
    }
    untestedView(root, start.get(), scope);
    Type current = start.get();
    StringBuilder walked = new StringBuilder(root.text());
    for (Contract.Name segment : segments.subList(1, segments.size())) {
      current = field(current, segment, walked, scope);
      if (current instanceof Type.Error) {
        return current;
      }
      walked.append('.').append(segment.text());
    }
    return current;
  }

  /**
   * A field of an entity; on a list of entities, the list of that field ({@code parts.amount}).
   * {@code owner} is {@code walked} in the contract's text.
   */
  private Type field(Type owner, Contract.Name segment, CharSequence walked, Scope scope) {
    if (owner instanceof Type.ListOf list) {
      Type element = field(list.element(), segment, walked, scope);
      return element instanceof Type.Error ? element : new Type.ListOf(element);
    }
    if (!(owner instanceof Type.Entity entity)) {
      diagnostics.report(Code.E122_NO_FIELDS, segment.span(), owner.describe(), segment.text());
      return Type.ERROR;
    }
    String path = walked + "." + segment.text();
    Optional<Schema.Field> field = entity.field(segment.text());
    if (field.isPresent() && field.get().settable() && !scope.isSet(segment.text())) {
      Code code =
          scope.isSetSometimes(segment.text()) ? Code.E125_SOMETIMES_SET : Code.E124_NOT_SET;
      diagnostics.report(code, segment.span(), path, scope.occasion().get().word());
      return Type.ERROR;
    }
    if (field.isPresent()) {
      if (!field.get().always()
          && !field.get().settable()
          && scope.occasion().isPresent()
          && !scope.isTested(path)) {
        diagnostics.report(
            Code.W002_UNTESTED_FIELD,
            segment.span(),
            path,
            field.get().condition(),
            walked,
            segment.text());
      }
      return field.get().type();
    }
    if (scope.occasion().isPresent()
        && schema.fieldsAnywhere(entity.kind()).contains(segment.text())) {
      return notFilled(path, segment.span(), scope, entity.fields().keySet());
    }
    Object[] hint = Suggestions.hintArguments(segment.text(), entity.fields().keySet());
    diagnostics.report(
        Code.E104_UNKNOWN_FIELD,
        segment.span(),
        owner.describe(),
        segment.text(),
        hint[0],
        hint[1]);
    return Type.ERROR;
  }

  /**
   * {@code certificate has parent id}: true or false, for a field the owner can have here (a
   * computed field included: whether a rule has set it).
   */
  private Type presence(Expression.Presence presence, Scope scope) {
    Type owner = type(presence.owner(), scope);
    Contract.Name field = presence.field();
    if (owner instanceof Type.Error) {
      return Type.ERROR;
    }
    if (!(owner instanceof Type.Entity entity)) {
      diagnostics.report(Code.E122_NO_FIELDS, field.span(), owner.describe(), field.text());
      return Type.ERROR;
    }
    if (entity.field(field.text()).isPresent()) {
      return Type.BOOL;
    }
    String path = presence.owner().text() + "." + field.text();
    if (scope.occasion().isPresent()
        && schema.fieldsAnywhere(entity.kind()).contains(field.text())) {
      return notFilled(path, field.span(), scope, entity.fields().keySet());
    }
    Object[] hint = Suggestions.hintArguments(field.text(), entity.fields().keySet());
    diagnostics.report(
        Code.E104_UNKNOWN_FIELD, field.span(), owner.describe(), field.text(), hint[0], hint[1]);
    return Type.ERROR;
  }

  /**
   * {@code there is a guarantor}: true or false, for a view the ledger fills only under a
   * condition; a view always there, or none, is E136.
   */
  private Type viewPresence(Expression.ViewPresence presence, Scope scope) {
    Contract.Name view = presence.view();
    if (scope.occasion().isEmpty()) {
      return unknownName(view.text(), view.span(), scope);
    }
    if (!Schema.rootCondition(view.text()).isEmpty()) {
      return Type.BOOL;
    }
    List<String> conditional =
        Schema.ROOT_NAMES.stream().filter(root -> !Schema.rootCondition(root).isEmpty()).toList();
    Object[] hint = Suggestions.hintArguments(view.text(), conditional);
    diagnostics.report(Code.E136_ALWAYS_THERE, view.span(), view.text(), hint[0], hint[1]);
    return Type.ERROR;
  }

  /**
   * W002 for reading a view the ledger fills only under a condition ({@code guarantor.name}) in a
   * rule whose condition does not start with {@code there is a guarantor}. A quantifier's variable
   * named like the view hides it, and is another type, not the view's.
   */
  private void untestedView(Contract.Name root, Type type, Scope scope) {
    String condition = Schema.rootCondition(root.text());
    if (condition.isEmpty() || scope.occasion().isEmpty() || scope.isTested(root.text())) {
      return;
    }
    if (schema.roots(scope.occasion().get()).get(root.text()) == type) {
      diagnostics.report(
          Code.W002_UNTESTED_FIELD, root.span(), root.text(), condition, "", root.text());
    }
  }

  /** A view or field that RCL knows but the ledger does not fill on this occasion (or here). */
  private Type notFilled(String what, Span span, Scope scope, Collection<String> here) {
    diagnostics.report(
        Code.E123_NOT_FILLED, span, what, scope.occasion().get().word(), String.join(", ", here));
    return Type.ERROR;
  }

  private Type unknownName(String name, Span span, Scope scope) {
    Object[] hint = Suggestions.hintArguments(name, scope.names().keySet());
    diagnostics.report(Code.E103_UNKNOWN_NAME, span, name, hint[0], hint[1]);
    return Type.ERROR;
  }
}
