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

  /** new BigDecimal("1505500.00").multiply(new BigDecimal("0.018")): allowed, exact. */
  static byte[] exactArithmetic() {
    return withRun(
        run -> {
          // -> BigDecimal
          newDecimal(run, "1505500.00");
          // BigDecimal -> BigDecimal, BigDecimal
          newDecimal(run, "0.018");
          // BigDecimal, BigDecimal -> BigDecimal
          run.visitMethodInsn(
              Opcodes.INVOKEVIRTUAL,
              "java/math/BigDecimal",
              "multiply",
              "(Ljava/math/BigDecimal;)Ljava/math/BigDecimal;",
              false);
          run.visitInsn(Opcodes.ARETURN);
        });
  }

  static void newDecimal(MethodVisitor run, String value) {
    run.visitTypeInsn(Opcodes.NEW, "java/math/BigDecimal");
    run.visitInsn(Opcodes.DUP);
    run.visitLdcInsn(value);
    run.visitMethodInsn(
        Opcodes.INVOKESPECIAL, "java/math/BigDecimal", "<init>", "(Ljava/lang/String;)V", false);
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
