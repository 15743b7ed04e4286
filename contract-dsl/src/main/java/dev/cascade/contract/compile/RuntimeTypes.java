package dev.cascade.contract.compile;

import java.util.regex.Pattern;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.Method;

/** The runtime members generated code calls, by their JVM names. */
final class RuntimeTypes {

  // First: the constants below are made with it.
  private static final Pattern RUNTIME_TYPE =
      Pattern.compile(
          "\\b(Value|Unit|Context|Condition|Computation|AutomaticAction|Input|Verdict)\\b");

  static final Type CONTEXT = Type.getObjectType("dev/cascade/contract/runtime/Context");
  static final Type OPS = Type.getObjectType("dev/cascade/contract/runtime/Ops");
  static final Type VALUE = Type.getObjectType("dev/cascade/contract/runtime/Value");
  static final Type UNIT = Type.getObjectType("dev/cascade/contract/runtime/Unit");
  static final Type INPUT = Type.getObjectType("dev/cascade/contract/runtime/Input");
  static final Type VERDICT = Type.getObjectType("dev/cascade/contract/runtime/Verdict");
  static final Type ACTION = Type.getObjectType("dev/cascade/contract/runtime/AutomaticAction");
  static final Type CONDITION = Type.getObjectType("dev/cascade/contract/runtime/Condition");
  static final Type COMPUTATION = Type.getObjectType("dev/cascade/contract/runtime/Computation");
  static final Type COMPILED = Type.getObjectType("dev/cascade/contract/runtime/CompiledContract");
  static final Type ROUNDING = Type.getObjectType("java/math/RoundingMode");
  static final Type STRING_BUILDER = Type.getObjectType("java/lang/StringBuilder");

  static final Method CONTEXT_OF = runtime("Context of (Input)");
  static final Method OCCASION = runtime("int occasion ()");
  static final Method IS_EVENT = runtime("boolean isEvent (int)");
  static final Method IS_DAY = runtime("boolean isDay ()");
  static final Method NAME = runtime("Value name (String, int, int)");
  static final Method TODAY = runtime("Value today ()");
  static final Method IS_FILLED = runtime("boolean isFilled (String)");
  static final Method BIND = runtime("void bind (String, Value)");
  static final Method START_RULE = runtime("void startRule ()");
  static final Method FIRE = runtime("void fire (String)");
  static final Method PASS = runtime("void pass (String)");
  static final Method REJECT = runtime("void reject (String, String)");
  static final Method REJECTED = runtime("boolean rejected ()");
  static final Method ACT = runtime("void act (AutomaticAction)");
  static final Method VERDICT_OF = runtime("Verdict verdict ()");

  static final Method UNIT_OF = runtime("Unit unit (String)");
  static final Method NUMERIC = runtime("Value numeric (String, Unit)");
  static final Method DATE = runtime("Value date (String)");
  static final Method TEXT = runtime("Value text (String)");
  static final Method BOOL = runtime("Value bool (boolean)");
  static final Method IS_TRUE = runtime("boolean isTrue (Value)");
  static final Method ADD = runtime("Value add (Value, Value, Unit)");
  static final Method SUBTRACT = runtime("Value subtract (Value, Value, Unit)");
  static final Method MULTIPLY = runtime("Value multiply (Value, Value, Unit)");
  static final Method DIVIDE = runtime("Value divide (Value, Value, Unit, int, int)");
  static final Method ROUND = runtime("Value round (Value, RoundingMode, Value)");
  static final Method STORED = runtime("Value stored (Value, RoundingMode)");
  static final Method NEGATE = runtime("Value negate (Value)");
  static final Method DAYS_BETWEEN = runtime("Value daysBetween (Value, Value)");
  static final Method SHIFT = runtime("Value shift (Value, Value, boolean, int, int)");
  static final Method EXTREME_OF = runtime("Value extremeOf (Value, Value, boolean)");
  static final Method MEMBER = runtime("boolean member (Value, Value)");
  static final Method EMPTY_LIST = runtime("Value emptyList ()");
  static final Method APPEND_ELEMENT = runtime("Value append (Value, Value)");
  static final Method HAS = runtime("boolean has (Value, String)");
  static final Method COMPARE = runtime("boolean compare (int, Value, Value)");
  static final Method FIELD = runtime("Value field (Value, String, String, int, int)");
  static final Method COUNT = runtime("Value count (Value)");
  static final Method SUM = runtime("Value sum (Value, Unit)");
  static final Method EXTREME = runtime("Value extreme (Value, boolean, int, int)");
  static final Method QUANTIFY =
      runtime(
          "boolean quantify (Context, Value, boolean, String, Condition, int, boolean, int, int)");
  static final Method DAYS_BEFORE_MATURITY =
      runtime("boolean daysBeforeMaturity (Context, Value, int, int)");
  static final Method DEFINE = runtime("void define (Context, String, Computation, int)");
  static final Method SHOW = runtime("String show (Value, RoundingMode, boolean)");
  static final Method METRIC_IN_RULE = runtime("Value metricInRule (int, int)");

  static final Method NEW_BUILDER = runtime("void <init> ()");
  static final Method APPEND = runtime("StringBuilder append (String)");
  static final Method TO_STRING = runtime("String toString ()");

  private RuntimeTypes() {}

  /** A method by its Java signature, the runtime's types and RoundingMode written short. */
  private static Method runtime(String signature) {
    String qualified =
        RUNTIME_TYPE
            .matcher(signature)
            .replaceAll("dev.cascade.contract.runtime.$1")
            .replace("RoundingMode", "java.math.RoundingMode");
    return Method.getMethod(qualified);
  }
}
