package dev.cascade.contract.sandbox;

import java.util.List;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * The instruction-level rules: no floating point, no clock, no I/O, no reflection, no threads or
 * locks, no invokedynamic, no backward jumps (so no loops: iteration over the input's lists happens
 * inside the runtime API), and only allow-listed JDK members.
 */
final class CodeRules {

  private final String self;
  private final String where;
  private final List<Violation> violations;
  private final boolean initializer;

  CodeRules(String self, String where, List<Violation> violations) {
    this(self, where, violations, false);
  }

  /** {@code initializer}: the class initializer, the one place static constants are set. */
  CodeRules(String self, String where, List<Violation> violations, boolean initializer) {
    this.self = self;
    this.where = where;
    this.violations = violations;
    this.initializer = initializer;
  }

  void instruction(AbstractInsnNode instruction, InsnList instructions) {
    int opcode = instruction.getOpcode();
    if (isFloatingPoint(opcode)) {
      report(
          "floating point",
          "uses floating point ("
              + OpcodeNames.name(opcode)
              + "); money and rates are exact decimals");
    } else if (opcode == Opcodes.MONITORENTER || opcode == Opcodes.MONITOREXIT) {
      report("threads", "takes a lock; contracts run without threads or locks");
    } else if (opcode == Opcodes.INVOKEDYNAMIC) {
      report(
          "invokedynamic",
          "uses invokedynamic (lambdas, string concatenation); generated code calls only fixed members");
    } else if (opcode == Opcodes.JSR || opcode == Opcodes.RET) {
      report("malformed", "uses subroutines (jsr/ret)");
    } else if (isArray(opcode)) {
      report(
          "arrays",
          "uses arrays; a contract keeps no state and allocates only through the runtime API");
    } else if (opcode == Opcodes.ATHROW) {
      report("exceptions", "throws; only the runtime reports errors, in the analyst's terms");
    } else if (instruction instanceof MethodInsnNode call) {
      call(call);
    } else if (instruction instanceof FieldInsnNode field) {
      field(field);
    } else if (instruction instanceof TypeInsnNode typed) {
      type(Type.getObjectType(typed.desc));
    } else if (instruction instanceof MultiANewArrayInsnNode array) {
      type(Type.getType(array.desc));
    } else if (instruction instanceof LdcInsnNode constant) {
      constant(constant.cst);
    } else {
      jumps(instruction, instructions);
    }
  }

  void descriptor(Type type) {
    if (type.getSort() == Type.METHOD) {
      for (Type argument : type.getArgumentTypes()) {
        type(argument);
      }
      type(type.getReturnType());
    } else {
      type(type);
    }
  }

  private void type(Type type) {
    Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
    if (element.getSort() == Type.FLOAT || element.getSort() == Type.DOUBLE) {
      report(
          "floating point",
          "declares a " + element.getClassName() + "; money and rates are exact decimals");
    } else if (element.getSort() == Type.OBJECT
        && !element.getInternalName().equals(self)
        && !AllowList.allowsType(element.getInternalName())) {
      forbidden(element.getInternalName(), element.getClassName());
    }
  }

  private void call(MethodInsnNode call) {
    if (call.owner.equals(self)) {
      return;
    }
    if (call.owner.startsWith("[")) {
      report("not allowed", "calls " + call.name + " on an array");
      return;
    }
    String member = call.owner.replace('/', '.') + "." + call.name;
    if (mentionsFloatingPoint(Type.getMethodType(call.desc))) {
      report(
          "floating point",
          "calls " + member + " with floating point; money and rates are exact decimals");
    } else if (!AllowList.allowsMethod(call.owner, call.name, call.desc)) {
      forbidden(call.owner, member);
    }
  }

  private static boolean mentionsFloatingPoint(Type method) {
    for (Type type : method.getArgumentTypes()) {
      if (type.getSort() == Type.FLOAT || type.getSort() == Type.DOUBLE) {
        return true;
      }
    }
    int result = method.getReturnType().getSort();
    return result == Type.FLOAT || result == Type.DOUBLE;
  }

  private void field(FieldInsnNode field) {
    if (field.owner.equals(self)) {
      boolean constantRead = field.getOpcode() == Opcodes.GETSTATIC;
      boolean constantWrite = field.getOpcode() == Opcodes.PUTSTATIC && initializer;
      if (!constantRead && !constantWrite) {
        report(
            "state",
            "keeps state in field "
                + field.name
                + "; a contract only reads constants its initializer set");
      }
      return;
    }
    boolean staticRead = field.getOpcode() == Opcodes.GETSTATIC;
    if (!staticRead || !AllowList.allowsStaticField(field.owner, field.name)) {
      forbidden(field.owner, field.owner.replace('/', '.') + "." + field.name);
    }
  }

  private void constant(Object value) {
    if (value instanceof Float || value instanceof Double) {
      report(
          "floating point", "loads the floating-point constant " + value + "; use exact decimals");
    } else if (value instanceof Type
        || value instanceof Handle
        || value instanceof ConstantDynamic) {
      report(
          "reflection",
          "loads a class or method constant (" + value + "); contracts do not reflect");
    }
  }

  /** A jump to an earlier instruction would be a loop. */
  private void jumps(AbstractInsnNode instruction, InsnList instructions) {
    int here = instructions.indexOf(instruction);
    List<LabelNode> targets = List.of();
    if (instruction instanceof JumpInsnNode jump) {
      targets = List.of(jump.label);
    } else if (instruction instanceof TableSwitchInsnNode table) {
      targets = concat(table.labels, table.dflt);
    } else if (instruction instanceof LookupSwitchInsnNode lookup) {
      targets = concat(lookup.labels, lookup.dflt);
    }
    for (LabelNode target : targets) {
      if (instructions.indexOf(target) <= here) {
        report(
            "loop",
            "jumps backwards, which would make a loop; contracts iterate only over the input's lists, through the runtime API");
        return;
      }
    }
  }

  private static List<LabelNode> concat(List<LabelNode> labels, LabelNode fallback) {
    java.util.ArrayList<LabelNode> all = new java.util.ArrayList<>(labels);
    all.add(fallback);
    return all;
  }

  /** Names the determinism rule a forbidden member breaks, in the analyst's words. */
  private void forbidden(String owner, String member) {
    String rule;
    String why;
    if (owner.equals("java/lang/System")
        || owner.startsWith("java/time/") && member.endsWith(".now")
        || owner.equals("java/time/Clock")
        || owner.equals("java/time/Instant")) {
      rule = "clock";
      why =
          "reads the clock or the system ("
              + member
              + "); a contract's only time is the block's date";
    } else if (owner.equals("java/lang/Class")
        || owner.startsWith("java/lang/reflect/")
        || owner.startsWith("java/lang/invoke/")) {
      rule = "reflection";
      why = "uses reflection (" + member + "); contracts do not inspect or call code by name";
    } else if (owner.startsWith("java/io/")
        || owner.startsWith("java/nio/")
        || owner.startsWith("java/net/")
        || owner.startsWith("java/sql/")) {
      rule = "input or output";
      why = "does input or output (" + member + "); contracts see only the operation's views";
    } else if (owner.equals("java/lang/Thread") || owner.startsWith("java/util/concurrent/")) {
      rule = "threads";
      why = "uses threads (" + member + "); contracts run on the validator's thread only";
    } else if (owner.equals("java/lang/Math")
        || owner.equals("java/lang/StrictMath")
        || owner.equals("java/util/Random")) {
      rule = "floating point";
      why = "uses " + member + ", which works on floating point or randomness";
    } else if (owner.startsWith("java/util/Hash") || member.endsWith(".hashCode")) {
      rule = "unordered";
      why = "depends on hash order (" + member + "), which differs between JVMs";
    } else {
      rule = "not allowed";
      why = "uses " + member + ", which is not on the contract allow-list";
    }
    report(rule, why);
  }

  /** Once per rule and method: fifty double additions are one finding. */
  private void report(String rule, String explanation) {
    boolean known =
        violations.stream().anyMatch(v -> v.rule().equals(rule) && v.where().equals(where));
    if (!known) {
      violations.add(new Violation(rule, explanation, where));
    }
  }

  private static boolean isArray(int opcode) {
    return opcode == Opcodes.NEWARRAY
        || opcode == Opcodes.ANEWARRAY
        || opcode == Opcodes.MULTIANEWARRAY
        || opcode == Opcodes.ARRAYLENGTH
        || (opcode >= Opcodes.IALOAD && opcode <= Opcodes.SALOAD)
        || (opcode >= Opcodes.IASTORE && opcode <= Opcodes.SASTORE);
  }

  private static boolean isFloatingPoint(int opcode) {
    return switch (opcode) {
      case Opcodes.FCONST_0,
          Opcodes.FCONST_1,
          Opcodes.FCONST_2,
          Opcodes.DCONST_0,
          Opcodes.DCONST_1,
          Opcodes.FLOAD,
          Opcodes.DLOAD,
          Opcodes.FSTORE,
          Opcodes.DSTORE,
          Opcodes.FALOAD,
          Opcodes.DALOAD,
          Opcodes.FASTORE,
          Opcodes.DASTORE,
          Opcodes.FADD,
          Opcodes.DADD,
          Opcodes.FSUB,
          Opcodes.DSUB,
          Opcodes.FMUL,
          Opcodes.DMUL,
          Opcodes.FDIV,
          Opcodes.DDIV,
          Opcodes.FREM,
          Opcodes.DREM,
          Opcodes.FNEG,
          Opcodes.DNEG,
          Opcodes.I2F,
          Opcodes.I2D,
          Opcodes.L2F,
          Opcodes.L2D,
          Opcodes.F2I,
          Opcodes.F2L,
          Opcodes.F2D,
          Opcodes.D2I,
          Opcodes.D2L,
          Opcodes.D2F,
          Opcodes.FCMPL,
          Opcodes.FCMPG,
          Opcodes.DCMPL,
          Opcodes.DCMPG,
          Opcodes.FRETURN,
          Opcodes.DRETURN ->
          true;
      default -> false;
    };
  }
}
