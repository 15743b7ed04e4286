package dev.cascade.contract.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A contract class's calls to its own methods must form no cycle: with no loops and no recursion,
 * every method ends. (Calls back through the runtime, by quantifiers, are bounded by the runtime.)
 */
final class CallGraph {

  private CallGraph() {}

  /** A cycle of own methods, written "a -> b -> a", if there is one. */
  static Optional<String> cycle(ClassNode type) {
    Map<String, Set<String>> calls = new HashMap<>();
    for (MethodNode method : type.methods) {
      Set<String> callees = new HashSet<>();
      for (AbstractInsnNode instruction : method.instructions) {
        if (instruction instanceof MethodInsnNode call && call.owner.equals(type.name)) {
          callees.add(call.name + call.desc);
        }
      }
      calls.put(method.name + method.desc, callees);
    }
    Set<String> done = new HashSet<>();
    for (MethodNode method : type.methods) {
      Optional<String> cycle = visit(method.name + method.desc, calls, new ArrayList<>(), done);
      if (cycle.isPresent()) {
        return cycle;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> visit(
      String method, Map<String, Set<String>> calls, List<String> path, Set<String> done) {
    if (path.contains(method)) {
      List<String> cycle = new ArrayList<>(path.subList(path.indexOf(method), path.size()));
      cycle.add(method);
      return Optional.of(
          String.join(" -> ", cycle.stream().map(m -> m.substring(0, m.indexOf('('))).toList()));
    }
    if (!done.add(method)) {
      return Optional.empty();
    }
    path.add(method);
    for (String callee : calls.getOrDefault(method, Set.of())) {
      Optional<String> cycle = visit(callee, calls, path, done);
      if (cycle.isPresent()) {
        return cycle;
      }
    }
    path.remove(path.size() - 1);
    return Optional.empty();
  }
}
