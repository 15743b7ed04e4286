package dev.cascade.contract.compile;

import dev.cascade.contract.ast.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The conditions of quantifiers, numbered in order of appearance; each becomes a method. */
final class Conditions {

  /** A condition and the quantifier variables it can see. */
  record Entry(Expression condition, Set<String> variables) {}

  private final List<Entry> entries = new ArrayList<>();

  int register(Expression condition, Set<String> variables) {
    entries.add(new Entry(condition, Set.copyOf(variables)));
    return entries.size() - 1;
  }

  /** The entry with this id; conditions may register more conditions while being generated. */
  Entry get(int id) {
    return entries.get(id);
  }

  int size() {
    return entries.size();
  }
}
