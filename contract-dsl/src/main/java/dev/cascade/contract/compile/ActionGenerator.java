package dev.cascade.contract.compile;

import dev.cascade.contract.ast.Action;
import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.GeneratorAdapter;
import org.objectweb.asm.commons.Method;

/**
 * Generates a rule's actions: a rejection ends the rule (after recording that it fired); every
 * other action becomes an {@code AutomaticAction} handed to the context.
 */
final class ActionGenerator {

  private static final String ACTIONS = "dev/cascade/contract/runtime/AutomaticAction$";
  private static final String VALUE = "dev.cascade.contract.runtime.Value";

  private final GeneratorAdapter code;
  private final ExpressionGenerator expressions;

  ActionGenerator(GeneratorAdapter code, ExpressionGenerator expressions) {
    this.code = code;
    this.expressions = expressions;
  }

  void actions(String rule, List<Action> actions) {
    for (Action action : actions) {
      if (action instanceof Action.Reject reject) {
        code.loadArg(0); // → Context
        code.push(rule); // → Context, String
        ClassGenerator.message(code, expressions, reject.message()); // → Context, String, String
        code.invokeVirtual(RuntimeTypes.CONTEXT, RuntimeTypes.REJECT); // →
        return; // the rule's end fires it; nothing after a rejection runs
      }
      code.loadArg(0); // → Context
      automatic(rule, action); // Context → Context, AutomaticAction
      code.invokeVirtual(RuntimeTypes.CONTEXT, RuntimeTypes.ACT); // Context, AutomaticAction →
    }
  }

  /** Stack: → AutomaticAction */
  private void automatic(String rule, Action action) {
    if (action instanceof Action.Mark mark) {
      create("Mark", "String, String, String", rule, mark.target().text(), mark.state().text());
    } else if (action instanceof Action.Notify notify) {
      create("Notify", "String, String", rule, notify.party().text());
    } else if (action instanceof Action.Accrue accrue) {
      withValue("Accrue", rule, accrue.kind().text(), () -> expressions.stored(accrue.amount()));
    } else if (action instanceof Action.SetField set) {
      withValue("SetField", rule, set.target().text(), () -> expressions.stored(set.value()));
    } else if (action instanceof Action.Settle settle) {
      create("Settle", "String, String", rule, settle.target().text());
    } else {
      create("Freeze", "String, String", rule, ((Action.Freeze) action).target().text());
    }
  }

  /** new AutomaticAction.X(rule, a, b…) with string arguments. */
  private void create(String kind, String parameters, String... arguments) {
    Type type = Type.getObjectType(ACTIONS + kind);
    code.newInstance(type); // → X
    code.dup(); // → X, X
    for (String argument : arguments) {
      code.push(argument); // → X, X, String…
    }
    code.invokeConstructor(type, Method.getMethod("void <init> (" + parameters + ")")); // → X
  }

  /** new AutomaticAction.X(rule, name, value). */
  private void withValue(String kind, String rule, String name, Runnable value) {
    Type type = Type.getObjectType(ACTIONS + kind);
    code.newInstance(type); // → X
    code.dup(); // → X, X
    code.push(rule); // → X, X, String
    code.push(name); // → X, X, String, String
    value.run(); // → X, X, String, String, Value
    code.invokeConstructor(
        type, Method.getMethod("void <init> (String, String, " + VALUE + ")")); // → X
  }
}
