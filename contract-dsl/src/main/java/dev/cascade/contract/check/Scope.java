package dev.cascade.contract.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The names an expression can use, and their types. */
final class Scope {

  private final Map<String, Type> names;

  Scope(Map<String, Type> names) {
    this.names = new LinkedHashMap<>(names);
  }

  Optional<Type> lookup(String name) {
    return Optional.ofNullable(names.get(name));
  }

  Map<String, Type> names() {
    return names;
  }

  /** This scope with one more name, e.g. the variable of {@code any part in parts has …}. */
  Scope with(String name, Type type) {
    Scope inner = new Scope(names);
    inner.names.put(name, type);
    return inner;
  }
}
