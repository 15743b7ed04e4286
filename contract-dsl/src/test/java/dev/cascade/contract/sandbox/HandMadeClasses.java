package dev.cascade.contract.sandbox;

import java.util.function.Consumer;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Contract-like classes written by hand with ASM, good and malicious. */
final class HandMadeClasses {

  static final String NAME = "dev.cascade.contract.generated.HandMade";
  private static final String INTERNAL = NAME.replace('.', '/');

  private HandMadeClasses() {}

  /** A final class with {@code public static Object run()} whose body {@code body} writes. */
  static byte[] withRun(Consumer<MethodVisitor> body) {
    return withRun(Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, body);
  }

  static byte[] withRun(int classAccess, Consumer<MethodVisitor> body) {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
    writer.visit(Opcodes.V17, classAccess, INTERNAL, null, "java/lang/Object", null);
    MethodVisitor run =
        writer.visitMethod(
            Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "run", "()Ljava/lang/Object;", null, null);
    run.visitCode();
    body.accept(run);
    run.visitMaxs(0, 0);
    run.visitEnd();
    writer.visitEnd();
    return writer.toByteArray();
  }

  /** Ops.multiply(CNY 1505500.00, 0.018, CNY): what compiled contracts do. */
  static byte[] exactArithmetic() {
    return withRun(
        run -> {
          String ops = "dev/cascade/contract/runtime/Ops";
          String value = "Ldev/cascade/contract/runtime/Value;";
          String unit = "Ldev/cascade/contract/runtime/Unit;";
          constant(run, "1505500.00", "CNY/0/0/YEAR"); // → Value
          constant(run, "0.018", "/0/0/YEAR"); // → Value, Value
          run.visitLdcInsn("CNY/0/0/YEAR"); // → Value, Value, String
          run.visitMethodInsn(
              Opcodes.INVOKESTATIC, ops, "unit", "(Ljava/lang/String;)" + unit, false); // → …, Unit
          run.visitMethodInsn(
              Opcodes.INVOKESTATIC,
              ops,
              "multiply",
              "(" + value + value + unit + ")" + value,
              false);
          run.visitInsn(Opcodes.ARETURN);
        });
  }

  private static void constant(MethodVisitor run, String number, String unitCode) {
    String ops = "dev/cascade/contract/runtime/Ops";
    run.visitLdcInsn(number);
    run.visitLdcInsn(unitCode);
    run.visitMethodInsn(
        Opcodes.INVOKESTATIC,
        ops,
        "unit",
        "(Ljava/lang/String;)Ldev/cascade/contract/runtime/Unit;",
        false);
    run.visitMethodInsn(
        Opcodes.INVOKESTATIC,
        ops,
        "numeric",
        "(Ljava/lang/String;Ldev/cascade/contract/runtime/Unit;)Ldev/cascade/contract/runtime/Value;",
        false);
  }

  /** A handler that covers itself and rethrows: a loop without a backward jump. */
  static byte[] loopsThroughAnExceptionHandler() {
    return withRun(
        run -> {
          org.objectweb.asm.Label start = new org.objectweb.asm.Label();
          org.objectweb.asm.Label end = new org.objectweb.asm.Label();
          run.visitTryCatchBlock(start, end, start, null);
          run.visitInsn(Opcodes.ACONST_NULL);
          run.visitLabel(start);
          run.visitInsn(Opcodes.POP);
          run.visitInsn(Opcodes.ACONST_NULL);
          run.visitInsn(Opcodes.ATHROW);
          run.visitLabel(end);
        });
  }

  /** run() calls run(): recursion until the stack runs out, at a depth that varies. */
  static byte[] recurses() {
    return withRun(
        run -> {
          run.visitMethodInsn(Opcodes.INVOKESTATIC, INTERNAL, "run", "()Ljava/lang/Object;", false);
          run.visitInsn(Opcodes.ARETURN);
        });
  }

  /** new long[Integer.MAX_VALUE - 8]: an array, and an unbounded allocation. */
  static byte[] allocatesAnArray() {
    return withRun(
        run -> {
          run.visitLdcInsn(Integer.MAX_VALUE - 8);
          run.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_LONG);
          run.visitInsn(Opcodes.ARETURN);
        });
  }

  /** Unit.NUMBER.hashCode(): a runtime class's inherited member, identity-dependent. */
  static byte[] hashesARuntimeObject() {
    return withRun(
        run -> {
          run.visitFieldInsn(
              Opcodes.GETSTATIC,
              "dev/cascade/contract/runtime/Unit",
              "NUMBER",
              "Ldev/cascade/contract/runtime/Unit;");
          run.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Object", "hashCode", "()I", false);
          run.visitInsn(Opcodes.POP);
          run.visitInsn(Opcodes.ACONST_NULL);
          run.visitInsn(Opcodes.ARETURN);
        });
  }

  /** Long.valueOf(System.currentTimeMillis()) */
  static byte[] readsTheClock() {
    return withRun(
        run -> {
          run.visitMethodInsn(
              Opcodes.INVOKESTATIC, "java/lang/System", "currentTimeMillis", "()J", false);
          run.visitMethodInsn(
              Opcodes.INVOKESTATIC, "java/lang/Long", "valueOf", "(J)Ljava/lang/Long;", false);
          run.visitInsn(Opcodes.ARETURN);
        });
  }

  /** new BigDecimal(1.0 + 2.0) — floating point on the way to money. */
  static byte[] usesADouble() {
    return withRun(
        run -> {
          run.visitTypeInsn(Opcodes.NEW, "java/math/BigDecimal");
          run.visitInsn(Opcodes.DUP);
          run.visitInsn(Opcodes.DCONST_1);
          run.visitLdcInsn(2.0d);
          run.visitInsn(Opcodes.DADD);
          run.visitMethodInsn(
              Opcodes.INVOKESPECIAL, "java/math/BigDecimal", "<init>", "(D)V", false);
          run.visitInsn(Opcodes.ARETURN);
        });
  }

  /** int i = 10; while (true) { i--; } — a loop backwards with no bound. */
  static byte[] loopsBackwards() {
    return withRun(
        run -> {
          org.objectweb.asm.Label top = new org.objectweb.asm.Label();
          run.visitIntInsn(Opcodes.BIPUSH, 10);
          run.visitVarInsn(Opcodes.ISTORE, 0);
          run.visitLabel(top);
          run.visitIincInsn(0, -1);
          run.visitJumpInsn(Opcodes.GOTO, top);
        });
  }

  /** Class.forName("java.lang.Runtime") */
  static byte[] reflects() {
    return withRun(
        run -> {
          run.visitLdcInsn("java.lang.Runtime");
          run.visitMethodInsn(
              Opcodes.INVOKESTATIC,
              "java/lang/Class",
              "forName",
              "(Ljava/lang/String;)Ljava/lang/Class;",
              false);
          run.visitInsn(Opcodes.ARETURN);
        });
  }

  /** Pops from an empty stack: not valid bytecode at all. */
  static byte[] malformed() {
    ClassWriter writer = new ClassWriter(0);
    writer.visit(
        Opcodes.V17,
        Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL,
        INTERNAL,
        null,
        "java/lang/Object",
        null);
    MethodVisitor run =
        writer.visitMethod(
            Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "run", "()Ljava/lang/Object;", null, null);
    run.visitCode();
    run.visitInsn(Opcodes.ARETURN);
    run.visitMaxs(1, 0);
    run.visitEnd();
    writer.visitEnd();
    return writer.toByteArray();
  }

  /** Refers to a Cascade class outside the runtime API. */
  static byte[] reachesOutsideTheRuntime() {
    return withRun(
        run -> {
          run.visitMethodInsn(
              Opcodes.INVOKESTATIC,
              "dev/cascade/contract/ProductVersion",
              "current",
              "()Ljava/lang/String;",
              false);
          run.visitInsn(Opcodes.ARETURN);
        });
  }
}
