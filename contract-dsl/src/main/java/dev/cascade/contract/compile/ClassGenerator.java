package dev.cascade.contract.compile;

import dev.cascade.contract.ast.Contract;
import dev.cascade.contract.ast.Expression;
import dev.cascade.contract.ast.Message;
import dev.cascade.contract.ast.Rule;
import dev.cascade.contract.ast.Trigger;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.check.Witnesses;
import dev.cascade.contract.runtime.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.GeneratorAdapter;
import org.objectweb.asm.commons.Method;
import org.objectweb.asm.commons.TableSwitchGenerator;

/**
 * Generates one contract class: {@code evaluate} calls one method per rule in declared order and
 * stops at the first rejection; {@code test} dispatches to one method per quantifier condition.
 */
final class ClassGenerator {

  private static final Method EVALUATE =
      Method.getMethod(
          "dev.cascade.contract.runtime.Verdict evaluate (dev.cascade.contract.runtime.Input)");
  private static final Method CONTRACT_ID = Method.getMethod("String contractId ()");
  private static final Method TEST =
      Method.getMethod("boolean test (int, dev.cascade.contract.runtime.Context)");
  private static final Method CONSTRUCTOR = Method.getMethod("void <init> ()");
  private static final Method RULE =
      Method.getMethod("void rule (dev.cascade.contract.runtime.Context)");
  private static final Method CONDITION =
      Method.getMethod("boolean condition (dev.cascade.contract.runtime.Context)");
  private static final Method COMPUTE =
      Method.getMethod(
          "dev.cascade.contract.runtime.Value compute (int, dev.cascade.contract.runtime.Context)");
  private static final Method NAMED_VALUE =
      Method.getMethod(
          "dev.cascade.contract.runtime.Value namedValue (dev.cascade.contract.runtime.Context)");

  private final CheckedContract checked;
  private final String internalName;
  private final String contractId;
  private final ClassWriter type;
  private final Constants constants;
  private final Conditions conditions = new Conditions();
  private final List<Expression> namedValues = new ArrayList<>();

  /** The quantifiers that keep their deciding element, found once for the whole contract. */
  private final Set<Expression> witnesses;

  private final Map<String, Expression.Literal> parameters = new LinkedHashMap<>();

  ClassGenerator(CheckedContract checked, String className, String contractId) {
    this.checked = checked;
    this.internalName = className.replace('.', '/');
    this.contractId = contractId;
    // Frames computed by ASM from the runtime API's class hierarchy: the same on every JVM.
    this.type = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
    this.constants = new Constants(internalName);
    this.witnesses = Witnesses.in(checked.contract());
    for (Contract.Parameter parameter : checked.contract().parameters()) {
      parameters.put(parameter.name().text(), parameter.value());
    }
  }

  byte[] generate() {
    type.visit(
        Opcodes.V17,
        Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER,
        internalName,
        null,
        "java/lang/Object",
        new String[] {
          RuntimeTypes.COMPILED.getInternalName(),
          RuntimeTypes.CONDITION.getInternalName(),
          RuntimeTypes.COMPUTATION.getInternalName()
        });
    constructor();
    contractIdMethod();
    evaluate();
    List<Rule> rules = checked.contract().rules();
    for (int i = 0; i < rules.size(); i++) {
      rule(i, rules.get(i));
    }
    for (int id = 0; id < namedValues.size(); id++) {
      namedValue(id, namedValues.get(id));
    }
    compute();
    // Conditions may hold quantifiers of their own: generate until none is left.
    for (int id = 0; id < conditions.size(); id++) {
      condition(id, conditions.get(id));
    }
    test();
    constants.emit(type);
    type.visitEnd();
    return type.toByteArray();
  }

  private void constructor() {
    GeneratorAdapter code = method(Opcodes.ACC_PUBLIC, CONSTRUCTOR);
    code.loadThis(); // → this
    code.invokeConstructor(Type.getObjectType("java/lang/Object"), CONSTRUCTOR); // this →
    code.returnValue();
    code.endMethod();
  }

  private void contractIdMethod() {
    GeneratorAdapter code = method(Opcodes.ACC_PUBLIC, CONTRACT_ID);
    code.push(contractId); // → String
    code.returnValue();
    code.endMethod();
  }

  /**
   * Context context = Context.of(input); switch (context.occasion()) { case k: the rules triggered
   * by k, in declared order, until one rejects }; return context.verdict(). Rules that another
   * occasion triggers are not even called.
   */
  private void evaluate() {
    GeneratorAdapter code = method(Opcodes.ACC_PUBLIC, EVALUATE);
    int context = code.newLocal(RuntimeTypes.CONTEXT);
    code.loadArg(0); // → Input
    code.invokeStatic(RuntimeTypes.CONTEXT, RuntimeTypes.CONTEXT_OF); // Input → Context
    code.storeLocal(context); // Context →
    Map<Integer, List<Integer>> byOccasion = rulesByOccasion();
    Label done = new Label();
    if (!byOccasion.isEmpty()) {
      code.loadLocal(context); // → Context
      code.invokeVirtual(RuntimeTypes.CONTEXT, RuntimeTypes.OCCASION); // Context → int
      int[] keys = byOccasion.keySet().stream().mapToInt(Integer::intValue).toArray();
      code.tableSwitch( // int →
          keys,
          new TableSwitchGenerator() {
            @Override
            public void generateCase(int key, Label end) {
              for (int rule : byOccasion.get(key)) {
                code.loadThis(); // → this
                code.loadLocal(context); // this → this, Context
                code.invokeVirtual(
                    Type.getObjectType(internalName), ruleMethod(rule)); // this, Context →
                code.loadLocal(context); // → Context
                code.invokeVirtual(RuntimeTypes.CONTEXT, RuntimeTypes.REJECTED); // → boolean
                code.ifZCmp(GeneratorAdapter.NE, end); // boolean →
              }
              code.goTo(end);
            }

            @Override
            public void generateDefault() {
              code.goTo(done);
            }
          });
    }
    code.mark(done);
    code.loadLocal(context); // → Context
    code.invokeVirtual(RuntimeTypes.CONTEXT, RuntimeTypes.VERDICT_OF); // Context → Verdict
    code.returnValue();
    code.endMethod();
  }

  /** Occasion (event ordinal, or Context.DAY for time triggers) → its rules, keys ascending. */
  private Map<Integer, List<Integer>> rulesByOccasion() {
    Map<Integer, List<Integer>> byOccasion = new TreeMap<>();
    List<Rule> rules = checked.contract().rules();
    for (int i = 0; i < rules.size(); i++) {
      int key =
          rules.get(i).trigger() instanceof Trigger.OnEvent on ? on.event().ordinal() : Context.DAY;
      byOccasion.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    return byOccasion;
  }

  private void rule(int index, Rule rule) {
    GeneratorAdapter code = method(Opcodes.ACC_PRIVATE, ruleMethod(index));
    ExpressionGenerator expressions = expressions(code, Set.of());
    Label skip = new Label();
    trigger(code, expressions, rule.trigger(), skip);
    code.loadArg(0); // → Context
    code.invokeVirtual(RuntimeTypes.CONTEXT, RuntimeTypes.START_RULE); // Context →
    for (Rule.NamedValue value : rule.values()) {
      namedValues.add(value.value());
      code.loadArg(0); // → Context
      code.push(value.name().text()); // Context → Context, String
      code.loadThis(); // … → …, Computation
      code.push(namedValues.size() - 1); // … → …, int
      code.invokeStatic(
          RuntimeTypes.OPS, RuntimeTypes.DEFINE); // Context, String, Computation, int →
    }
    Label notFired = new Label();
    if (rule.guard().isPresent()) {
      expressions.test(rule.guard().get()); // → boolean
      code.ifZCmp(GeneratorAdapter.EQ, notFired); // boolean →
    }
    Set<String> witnesses = new java.util.HashSet<>();
    Witnesses.of(checked.contract(), rule)
        .forEach(quantified -> witnesses.add(quantified.variable()));
    new ActionGenerator(code, expressions(code, witnesses)).actions(rule.name(), rule.actions());
    code.loadArg(0); // → Context
    code.push(rule.name()); // Context → Context, String
    code.invokeVirtual(RuntimeTypes.CONTEXT, RuntimeTypes.FIRE); // Context, String →
    if (rule.guard().isPresent()) {
      code.goTo(skip);
      code.mark(notFired);
      code.loadArg(0); // → Context
      code.push(rule.name()); // Context → Context, String
      code.invokeVirtual(RuntimeTypes.CONTEXT, RuntimeTypes.PASS); // Context, String →
    }
    code.mark(skip);
    code.returnValue();
    code.endMethod();
  }

  /** Jumps to {@code skip} when the rule's trigger has not happened. */
  private static void trigger(
      GeneratorAdapter code, ExpressionGenerator expressions, Trigger trigger, Label skip) {
    code.loadArg(0); // → Context
    if (trigger instanceof Trigger.OnEvent on) {
      code.push(on.event().ordinal()); // Context → Context, int
      code.invokeVirtual(RuntimeTypes.CONTEXT, RuntimeTypes.IS_EVENT); // Context, int → boolean
      code.ifZCmp(GeneratorAdapter.EQ, skip); // boolean →
      return;
    }
    code.invokeVirtual(RuntimeTypes.CONTEXT, RuntimeTypes.IS_DAY); // Context → boolean
    code.ifZCmp(GeneratorAdapter.EQ, skip); // boolean →
    if (trigger instanceof Trigger.BeforeMaturity before) {
      code.loadArg(0); // → Context
      expressions.value(before.offset()); // Context → Context, Value
      code.push(before.span().line()); // … → …, int
      code.push(before.span().column()); // … → …, int
      code.invokeStatic(
          RuntimeTypes.OPS,
          RuntimeTypes.DAYS_BEFORE_MATURITY); // Context, Value, int, int → boolean
      code.ifZCmp(GeneratorAdapter.EQ, skip); // boolean →
    }
  }

  private void condition(int id, Conditions.Entry entry) {
    GeneratorAdapter code = method(Opcodes.ACC_PRIVATE, conditionMethod(id));
    expressions(code, entry.variables()).test(entry.condition()); // → boolean
    code.returnValue();
    code.endMethod();
  }

  private void namedValue(int id, Expression value) {
    GeneratorAdapter code = method(Opcodes.ACC_PRIVATE, namedValueMethod(id));
    expressions(code, Set.of()).value(value); // → Value
    code.returnValue();
    code.endMethod();
  }

  private static Method namedValueMethod(int id) {
    return new Method("namedValue" + id, NAMED_VALUE.getDescriptor());
  }

  /** compute(id, context): a table switch over the named values' methods. */
  private void compute() {
    GeneratorAdapter code = dispatch(COMPUTE, namedValues.size(), ClassGenerator::namedValueMethod);
    code.loadArg(1); // → Context
    code.push("no such named value"); // Context → Context, String
    code.push(0); // … → …, int
    code.push(0); // … → …, int
    code.invokeVirtual(
        RuntimeTypes.CONTEXT, RuntimeTypes.NAME); // Context, String, int, int → Value (throws)
    code.returnValue();
    code.endMethod();
  }

  /** test(id, context): a table switch over the condition methods, forward jumps only. */
  private void test() {
    GeneratorAdapter code = dispatch(TEST, conditions.size(), ClassGenerator::conditionMethod);
    code.push(false); // → boolean
    code.returnValue();
    code.endMethod();
  }

  /**
   * {@code method(id, context)}: returns {@code target(id)(context)} for ids below {@code count}.
   * The caller generates what other ids get, from an empty stack.
   */
  private GeneratorAdapter dispatch(
      Method method, int count, java.util.function.IntFunction<Method> target) {
    GeneratorAdapter code = method(Opcodes.ACC_PUBLIC, method);
    Label otherwise = new Label();
    if (count > 0) {
      Label[] cases = new Label[count];
      for (int i = 0; i < count; i++) {
        cases[i] = new Label();
      }
      code.loadArg(0); // → int
      code.visitTableSwitchInsn(0, count - 1, otherwise, cases); // int →
      for (int i = 0; i < count; i++) {
        code.mark(cases[i]);
        code.loadThis(); // → this
        code.loadArg(1); // this → this, Context
        code.invokeVirtual(Type.getObjectType(internalName), target.apply(i)); // → result
        code.returnValue();
      }
    }
    code.mark(otherwise);
    return code;
  }

  private ExpressionGenerator expressions(GeneratorAdapter code, Set<String> variables) {
    return new ExpressionGenerator(
        checked, constants, conditions, parameters, code, variables, witnesses);
  }

  private GeneratorAdapter method(int access, Method method) {
    GeneratorAdapter code = new GeneratorAdapter(access, method, null, null, type);
    code.visitCode();
    return code;
  }

  private static Method ruleMethod(int index) {
    return new Method("rule" + index, RULE.getDescriptor());
  }

  private static Method conditionMethod(int id) {
    return new Method("condition" + id, CONDITION.getDescriptor());
  }

  /** Messages: a StringBuilder of text and shown values. */
  static void message(GeneratorAdapter code, ExpressionGenerator expressions, Message message) {
    code.newInstance(RuntimeTypes.STRING_BUILDER); // → StringBuilder
    code.dup(); // → StringBuilder, StringBuilder
    code.invokeConstructor(
        RuntimeTypes.STRING_BUILDER, RuntimeTypes.NEW_BUILDER); // → StringBuilder
    for (Message.Part part : message.parts()) {
      if (part instanceof Message.Text text) {
        code.push(text.text()); // StringBuilder → StringBuilder, String
      } else {
        expressions.value(((Message.Interpolation) part).expression()); // → StringBuilder, Value
        expressions.rounding(); // → StringBuilder, Value, RoundingMode
        code.push(expressions.chinese()); // → StringBuilder, Value, RoundingMode, boolean
        code.invokeStatic(RuntimeTypes.OPS, RuntimeTypes.SHOW); // StringBuilder, … → …, String
      }
      code.invokeVirtual(
          RuntimeTypes.STRING_BUILDER,
          RuntimeTypes.APPEND); // StringBuilder, String → StringBuilder
    }
    code.invokeVirtual(
        RuntimeTypes.STRING_BUILDER, RuntimeTypes.TO_STRING); // StringBuilder → String
  }
}
