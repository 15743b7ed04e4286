package dev.cascade.contract.check;

import dev.cascade.contract.ast.Contract;
import dev.cascade.contract.ast.Expression;
import dev.cascade.contract.ast.Rule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The quantifiers of a rule's condition whose deciding element its actions may name: {@code any
 * part in parts has …} and {@code not (all part in parts has …)} standing as the condition or as
 * one of its {@code and}-ed parts. When the rule fires, {@code part} is the element that decided:
 * the first part that has the property, or the first that lacks it.
 */
public final class Witnesses {

  private Witnesses() {}

  /**
   * The witness quantifiers of a rule's condition, in the order written. A variable named like a
   * view, a parameter or one of the rule's named values hides it only inside its quantifier, so it
   * is no witness.
   */
  public static List<Expression.Quantified> of(Contract contract, Rule rule) {
    List<Expression.Quantified> found = new ArrayList<>();
    rule.guard().ifPresent(expression -> collect(expression, found));
    Set<String> names = new java.util.HashSet<>(Schema.ROOT_NAMES);
    contract.parameters().forEach(parameter -> names.add(parameter.name().text()));
    rule.values().forEach(value -> names.add(value.name().text()));
    found.removeIf(quantified -> names.contains(quantified.variable()));
    return found;
  }

  /** Every witness quantifier of a contract, by identity: which quantifiers keep their element. */
  public static Set<Expression> in(Contract contract) {
    Set<Expression> all = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Rule rule : contract.rules()) {
      all.addAll(of(contract, rule));
    }
    return all;
  }

  private static void collect(Expression expression, List<Expression.Quantified> found) {
    if (expression instanceof Expression.Binary binary
        && binary.operator() == Expression.Operator.AND) {
      collect(binary.left(), found);
      collect(binary.right(), found);
    } else if (expression instanceof Expression.Quantified any && !any.all()) {
      found.add(any);
    } else if (expression instanceof Expression.Not not
        && not.operand() instanceof Expression.Quantified all
        && all.all()) {
      found.add(all);
    }
  }
}
