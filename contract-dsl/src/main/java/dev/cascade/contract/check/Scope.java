package dev.cascade.contract.check;

import dev.cascade.contract.runtime.Occasion;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names an expression can use, and their types; in a rule, also its occasion and which of the
 * operation's computed fields earlier rules have set (always, or only when their condition held).
 */
final class Scope {

  private final Map<String, Type> names;
  private final Optional<Occasion> occasion;
  private final Set<String> set;
  private final Set<String> setSometimes;
  private final Set<String> tested;

  private Scope(
      Map<String, Type> names,
      Optional<Occasion> occasion,
      Set<String> set,
      Set<String> setSometimes,
      Set<String> tested) {
    this.names = new LinkedHashMap<>(names);
    this.occasion = occasion;
    this.set = Set.copyOf(set);
    this.setSometimes = Set.copyOf(setSometimes);
    this.tested = Set.copyOf(tested);
  }

  /** Outside rules: parameters and scenarios. */
  Scope(Map<String, Type> names) {
    this(names, Optional.empty(), Set.of(), Set.of(), Set.of());
  }

  /**
   * In a rule on {@code occasion}, after rules that set {@code set} always, others sometimes; its
   * condition tests the presence of the fields {@code tested} ({@code certificate.parent id}).
   */
  static Scope rule(
      Map<String, Type> names,
      Occasion occasion,
      Set<String> set,
      Set<String> setSometimes,
      Set<String> tested) {
    return new Scope(names, Optional.of(occasion), set, setSometimes, tested);
  }

  /** Whether the rule's condition first tests that the field at {@code path} is there. */
  boolean isTested(String path) {
    return tested.contains(path);
  }

  Optional<Type> lookup(String name) {
    return Optional.ofNullable(names.get(name));
  }

  Map<String, Type> names() {
    return names;
  }

  Optional<Occasion> occasion() {
    return occasion;
  }

  /** Whether the computed field {@code name} has a value here: yes, sometimes, or not yet. */
  boolean isSet(String name) {
    return set.contains(name);
  }

  boolean isSetSometimes(String name) {
    return setSometimes.contains(name);
  }

  /** This scope with one more name, e.g. the variable of {@code any part in parts has …}. */
  Scope with(String name, Type type) {
    Scope inner = new Scope(names, occasion, set, setSometimes, tested);
    inner.names.put(name, type);
    return inner;
  }
}
