package dev.cascade.contract.check;

import dev.cascade.contract.ast.Action;
import dev.cascade.contract.ast.Contract;
import dev.cascade.contract.ast.Expression;
import dev.cascade.contract.ast.Message;
import dev.cascade.contract.ast.Rule;
import dev.cascade.contract.ast.Trigger;
import dev.cascade.contract.diagnostic.Code;
import dev.cascade.contract.diagnostic.Diagnostics;
import dev.cascade.contract.runtime.Occasion;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The second phase: resolves names and checks types, units and currencies of a whole contract. */
public final class Checker {

  private final Diagnostics diagnostics;

  public Checker(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  public Optional<CheckedContract> check(Contract contract) {
    String currency = contract.currency().text();
    boolean knownCurrency = ExpressionChecker.isCurrency(currency);
    if (!knownCurrency) {
      diagnostics.report(Code.E101_UNKNOWN_CURRENCY, contract.currency().span(), currency);
    }
    Schema schema = Schema.forCurrency(currency);
    ExpressionChecker expressions =
        new ExpressionChecker(diagnostics, schema, contract.parameters());
    RoundingMode rounding = rounding(contract);
    Map<String, Type> parameters = parameters(contract, expressions);

    ActionChecker actions = new ActionChecker(diagnostics, expressions, schema, currency);
    List<Contract.Name> unread = new ArrayList<>();
    Set<String> ruleTitles = new HashSet<>();
    Map<Occasion, Set<String>> set = new HashMap<>();
    Map<Occasion, Set<String>> setSometimes = new HashMap<>();
    for (Rule rule : contract.rules()) {
      if (!ruleTitles.add(rule.name())) {
        diagnostics.report(Code.E110_DUPLICATE_RULE, rule.span(), rule.name());
      }
      Occasion occasion = occasion(rule.trigger());
      Map<String, Type> names = new LinkedHashMap<>(schema.roots(occasion));
      names.putAll(parameters);
      expressions.forgetNamesRead();
      checkRule(
          contract,
          rule,
          new RuleNames(
              names,
              occasion,
              set.computeIfAbsent(occasion, o -> new HashSet<>()),
              setSometimes.computeIfAbsent(occasion, o -> new HashSet<>())),
          expressions,
          actions);
      rule.values().stream()
          .map(Rule.NamedValue::name)
          .filter(name -> !expressions.wasRead(name.text()))
          .forEach(unread::add);
    }
    new ScenarioChecker(diagnostics, expressions, currency)
        .check(contract.scenarios(), parameters, contract.parameters());

    if (diagnostics.hasErrors()) {
      return Optional.empty();
    }
    unusedParameters(contract, expressions);
    unread.forEach(
        name -> diagnostics.report(Code.W004_UNUSED_NAMED_VALUE, name.span(), name.text()));
    return Optional.of(
        new CheckedContract(
            contract, schema, expressions.types(), expressions.englishStates(), rounding));
  }

  private RoundingMode rounding(Contract contract) {
    if (contract.rounding().isEmpty()) {
      return RoundingMode.HALF_EVEN;
    }
    return ExpressionChecker.roundingMode(contract.rounding().get(), diagnostics)
        .orElse(RoundingMode.HALF_EVEN);
  }

  private Map<String, Type> parameters(Contract contract, ExpressionChecker expressions) {
    Map<String, Type> parameters = new LinkedHashMap<>();
    Scope empty = new Scope(Map.of());
    for (Contract.Parameter parameter : contract.parameters()) {
      Type type = expressions.type(parameter.value(), empty);
      if (parameters.containsKey(parameter.name().text())
          || Schema.ROOT_NAMES.contains(parameter.name().text())) {
        diagnostics.report(
            Code.E111_DUPLICATE_PARAMETER, parameter.name().span(), parameter.name().text());
      }
      parameters.put(parameter.name().text(), type);
      // a list of amounts is in its elements' currency
      Type amount = type instanceof Type.ListOf list ? list.element() : type;
      if (amount instanceof Type.Quantity q
          && q.currency().isPresent()
          && !q.currency().get().equals(contract.currency().text())) {
        diagnostics.report(
            Code.W003_OTHER_CURRENCY,
            parameter.name().span(),
            parameter.name().text(),
            q.currency().get(),
            contract.currency().text());
      }
    }
    return parameters;
  }

  /** A parameter no rule or scenario names is likely a misspelling of one that is used. */
  private void unusedParameters(Contract contract, ExpressionChecker expressions) {
    Set<String> named = new HashSet<>();
    for (Expression expression : expressions.types().keySet()) {
      if (expression instanceof Expression.Path path) {
        named.add(path.segments().get(0).text());
      }
    }
    for (Contract.Parameter parameter : contract.parameters()) {
      if (!named.contains(parameter.name().text())) {
        diagnostics.report(
            Code.W001_UNUSED_PARAMETER, parameter.name().span(), parameter.name().text());
      }
    }
  }

  /** The occasion a rule runs on: its event, or the day for the time rules. */
  public static Occasion occasion(Trigger trigger) {
    return trigger instanceof Trigger.OnEvent on ? Occasion.of(on.event()) : Occasion.day();
  }

  /**
   * What a rule can name on its occasion, and the computed fields the rules before it set: {@code
   * set} by rules without a condition, {@code setSometimes} by rules with one.
   */
  private record RuleNames(
      Map<String, Type> names, Occasion occasion, Set<String> set, Set<String> setSometimes) {
    Scope scope(Set<String> alsoSet, Set<String> tested) {
      Set<String> all = new HashSet<>(set);
      all.addAll(alsoSet);
      return Scope.rule(names, occasion, all, setSometimes, tested);
    }
  }

  private void checkRule(
      Contract contract,
      Rule rule,
      RuleNames names,
      ExpressionChecker expressions,
      ActionChecker actions) {
    Set<String> setHere = new LinkedHashSet<>();
    Set<String> tested = new HashSet<>();
    rule.guard().ifPresent(guard -> presenceTested(guard, setHere, tested));
    Scope scope = names.scope(setHere, tested);
    if (rule.trigger() instanceof Trigger.BeforeMaturity before) {
      expressions.expect(
          before.offset(), scope, Type.Quantity.DURATION, "the time before maturity");
    }
    Map<String, Type> values = namedValues(rule, scope, expressions);
    Scope guarded = with(scope, values);
    rule.guard()
        .ifPresent(guard -> expressions.expect(guard, guarded, Type.BOOL, "a rule’s condition"));
    for (Action action : rule.actions()) {
      Scope acting = with(names.scope(setHere, tested), values);
      actions.check(action, witnesses(contract, rule, acting, expressions)).ifPresent(setHere::add);
    }
    (rule.guard().isEmpty() ? names.set() : names.setSometimes()).addAll(setHere);
  }

  /**
   * A rule's named values, in order: each sees the ones before it, and needs a name of its own
   * (E135); an unfinished product is E109.
   */
  private Map<String, Type> namedValues(Rule rule, Scope scope, ExpressionChecker expressions) {
    Map<String, Type> values = new LinkedHashMap<>();
    for (Rule.NamedValue value : rule.values()) {
      String name = value.name().text();
      Type type = expressions.type(value.value(), with(scope, values));
      expressions.unfinishedOr(type, value.value().span(), () -> {});
      if (with(scope, values).lookup(name).isPresent()) {
        diagnostics.report(Code.E135_NAME_TAKEN, value.name().span(), name);
      } else {
        values.put(name, type instanceof Type.Quantity q && !q.isComplete() ? Type.ERROR : type);
      }
    }
    return values;
  }

  private static Scope with(Scope scope, Map<String, Type> values) {
    Scope seen = scope;
    for (Map.Entry<String, Type> value : values.entrySet()) {
      seen = seen.with(value.getKey(), value.getValue());
    }
    return seen;
  }

  /**
   * The actions of a rule see the elements its condition's quantifiers found ({@link Witnesses}).
   */
  private static Scope witnesses(
      Contract contract, Rule rule, Scope scope, ExpressionChecker expressions) {
    Scope seen = scope;
    for (Expression.Quantified quantified : Witnesses.of(contract, rule)) {
      if (expressions.types().get(quantified.collection()) instanceof Type.ListOf list) {
        seen = seen.with(quantified.variable(), list.element());
      }
    }
    return seen;
  }

  /**
   * The fields and views a condition tests the presence of, in its conjunction ({@code operation
   * has fee and …}, {@code there is a guarantor and …}): a rule may read them, as it runs only when
   * they are there.
   */
  private static void presenceTested(
      Expression guard, Set<String> operationFields, Set<String> paths) {
    if (guard instanceof Expression.Binary binary && binary.operator() == Expression.Operator.AND) {
      presenceTested(binary.left(), operationFields, paths);
      presenceTested(binary.right(), operationFields, paths);
    } else if (guard instanceof Expression.Presence presence) {
      paths.add(presence.owner().text() + "." + presence.field().text());
      if (presence.owner().text().equals("operation")) {
        operationFields.add(presence.field().text());
      }
    } else if (guard instanceof Expression.ViewPresence presence) {
      paths.add(presence.view().text());
    }
  }

  /** Interpolations may show any complete value. */
  static void checkMessage(Message message, Scope scope, ExpressionChecker expressions) {
    for (Message.Part part : message.parts()) {
      if (part instanceof Message.Interpolation interpolation) {
        Expression expression = interpolation.expression();
        Type type = expressions.type(expression, scope);
        expressions.unfinishedOr(type, expression.span(), () -> {});
      }
    }
  }
}
