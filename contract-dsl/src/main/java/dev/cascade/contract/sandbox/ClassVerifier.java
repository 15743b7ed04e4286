package dev.cascade.contract.sandbox;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * Checks a contract class before it is loaded: well-formed bytecode (ASM's {@link
 * CheckClassAdapter}), size limits, a final class that extends Object and implements only
 * runtime-API interfaces, and code that passes {@link CodeRules}. The same bytes give the same
 * answer on every node.
 */
public final class ClassVerifier {

  /** Large enough for a contract of thousands of rules split over several classes. */
  public static final int MAX_CLASS_BYTES = 4 * 1024 * 1024;

  public static final int MAX_METHODS = 16_384;
  public static final int MAX_INSTRUCTIONS_PER_METHOD = 65_535;

  private final ClassLoader runtimeLoader;

  /** {@code runtimeLoader} resolves runtime-API types for the bytecode verifier. */
  public ClassVerifier(ClassLoader runtimeLoader) {
    this.runtimeLoader = runtimeLoader;
  }

  public List<Violation> verify(byte[] bytes) {
    List<Violation> violations = new ArrayList<>();
    if (bytes.length > MAX_CLASS_BYTES) {
      violations.add(
          size("the class has " + bytes.length + " bytes, more than " + MAX_CLASS_BYTES, "class"));
      return violations;
    }
    ClassNode type = new ClassNode();
    try {
      new ClassReader(bytes).accept(type, 0);
    } catch (RuntimeException e) {
      violations.add(new Violation("malformed", "the class file cannot be read: " + e, "class"));
      return violations;
    }
    shape(type, violations);
    for (MethodNode method : type.methods) {
      method(type, method, violations);
    }
    CallGraph.cycle(type)
        .ifPresent(
            cycle ->
                violations.add(
                    new Violation(
                        "recursion",
                        "calls itself (" + cycle + "); every rule must end",
                        "class " + type.name.replace('/', '.'))));
    if (violations.isEmpty()) {
      bytecode(bytes, type.name, violations);
    }
    return violations;
  }

  private static void shape(ClassNode type, List<Violation> violations) {
    String where = "class " + type.name.replace('/', '.');
    if (!"java/lang/Object".equals(type.superName)) {
      violations.add(
          new Violation(
              "shape", "a contract class extends only Object, not " + type.superName, where));
    }
    if ((type.access & Opcodes.ACC_FINAL) == 0) {
      violations.add(new Violation("shape", "a contract class must be final", where));
    }
    for (String implemented : type.interfaces) {
      if (!implemented.startsWith(AllowList.RUNTIME_PACKAGE)) {
        violations.add(
            new Violation(
                "shape",
                "a contract class implements only runtime-API interfaces, not " + implemented,
                where));
      }
    }
    if (type.methods.size() > MAX_METHODS) {
      violations.add(
          size(
              "the class has " + type.methods.size() + " methods, more than " + MAX_METHODS,
              where));
    }
    for (FieldNode field : type.fields) {
      new CodeRules(type.name, where + " field " + field.name, violations)
          .descriptor(Type.getType(field.desc));
      if ((field.access & Opcodes.ACC_STATIC) != 0 && (field.access & Opcodes.ACC_FINAL) == 0) {
        violations.add(
            new Violation(
                "state",
                "a contract keeps no state between operations: static field "
                    + field.name
                    + " must be final",
                where));
      }
    }
  }

  private static void method(ClassNode type, MethodNode method, List<Violation> violations) {
    String where = type.name.replace('/', '.') + "." + method.name;
    CodeRules rules = new CodeRules(type.name, where, violations, method.name.equals("<clinit>"));
    if (method.tryCatchBlocks != null && !method.tryCatchBlocks.isEmpty()) {
      violations.add(
          new Violation(
              "exceptions", "catches exceptions; only the runtime handles errors", where));
    }
    if ((method.access & (Opcodes.ACC_SYNCHRONIZED | Opcodes.ACC_NATIVE)) != 0) {
      violations.add(
          new Violation("threads", "synchronized and native methods are not allowed", where));
    }
    rules.descriptor(Type.getMethodType(method.desc));
    if (method.instructions.size() > MAX_INSTRUCTIONS_PER_METHOD) {
      violations.add(
          size(
              "the method has "
                  + method.instructions.size()
                  + " instructions, more than "
                  + MAX_INSTRUCTIONS_PER_METHOD,
              where));
      return;
    }
    for (AbstractInsnNode instruction : method.instructions) {
      rules.instruction(instruction, method.instructions);
    }
  }

  /** ASM's data-flow verifier: stack and local types agree everywhere. */
  private void bytecode(byte[] bytes, String name, List<Violation> violations) {
    StringWriter problems = new StringWriter();
    try {
      CheckClassAdapter.verify(
          new ClassReader(bytes), runtimeLoader, false, new PrintWriter(problems));
    } catch (RuntimeException e) {
      problems.write(e.toString());
    }
    if (!problems.toString().isBlank()) {
      String first = problems.toString().strip().lines().findFirst().orElse("");
      violations.add(
          new Violation(
              "malformed",
              "the bytecode does not verify: " + first,
              "class " + name.replace('/', '.')));
    }
  }

  private static Violation size(String explanation, String where) {
    return new Violation("size", explanation, where);
  }
}
