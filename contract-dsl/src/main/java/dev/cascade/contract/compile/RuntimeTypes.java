package dev.cascade.contract.compile;

import org.objectweb.asm.Type;
import org.objectweb.asm.commons.Method;

/** The runtime members generated code calls, by their JVM names. */
final class RuntimeTypes {

  static final Type CONTEXT = Type.getObjectType("dev/cascade/contract/runtime/Context");
  static final Type OPS = Type.getObjectType("dev/cascade/contract/runtime/Ops");
  static final Type VALUE = Type.getObjectType("dev/cascade/contract/runtime/Value");
  static final Type UNIT = Type.getObjectType("dev/cascade/contract/runtime/Unit");
  static final Type INPUT = Type.getObjectType("dev/cascade/contract/runtime/Input");
  static final Type VERDICT = Type.getObjectType("dev/cascade/contract/runtime/Verdict");
  static final Type ACTION = Type.getObjectType("dev/cascade/contract/runtime/AutomaticAction");
  static final Type CONDITION = Type.getObjectType("dev/cascade/contract/runtime/Condition");
  static final Type COMPUTATION = Type.getObjectType("dev/cascade/contract/runtime/Computation");
  static final Method DEFINE =
      Method.getMethod(
          "void define (dev.cascade.contract.runtime.Context, String, dev.cascade.contract.runtime.Computation, int)");
  static final Type COMPILED = Type.getObjectType("dev/cascade/contract/runtime/CompiledContract");
  static final Type ROUNDING = Type.getObjectType("java/math/RoundingMode");
  static final Type STRING_BUILDER = Type.getObjectType("java/lang/StringBuilder");

  static final Method CONTEXT_OF =
      Method.getMethod(
          "dev.cascade.contract.runtime.Context of (dev.cascade.contract.runtime.Input)");
  static final Method OCCASION = Method.getMethod("int occasion ()");
  static final Method IS_EVENT = Method.getMethod("boolean isEvent (int)");
  static final Method IS_DAY = Method.getMethod("boolean isDay ()");
  static final Method NAME =
      Method.getMethod("dev.cascade.contract.runtime.Value name (String, int, int)");
  static final Method TODAY = Method.getMethod("dev.cascade.contract.runtime.Value today ()");
  static final Method BIND =
      Method.getMethod("void bind (String, dev.cascade.contract.runtime.Value)");
  static final Method START_RULE = Method.getMethod("void startRule ()");
  static final Method FIRE = Method.getMethod("void fire (String)");
  static final Method PASS = Method.getMethod("void pass (String)");
  static final Method REJECT = Method.getMethod("void reject (String, String)");
  static final Method REJECTED = Method.getMethod("boolean rejected ()");
  static final Method ACT =
      Method.getMethod("void act (dev.cascade.contract.runtime.AutomaticAction)");
  static final Method VERDICT_OF =
      Method.getMethod("dev.cascade.contract.runtime.Verdict verdict ()");

  static final Method UNIT_OF = Method.getMethod("dev.cascade.contract.runtime.Unit unit (String)");
  static final Method NUMERIC =
      Method.getMethod(
          "dev.cascade.contract.runtime.Value numeric (String, dev.cascade.contract.runtime.Unit)");
  static final Method DATE = Method.getMethod("dev.cascade.contract.runtime.Value date (String)");
  static final Method TEXT = Method.getMethod("dev.cascade.contract.runtime.Value text (String)");
  static final Method BOOL = Method.getMethod("dev.cascade.contract.runtime.Value bool (boolean)");
  static final Method IS_TRUE =
      Method.getMethod("boolean isTrue (dev.cascade.contract.runtime.Value)");
  static final Method ADD =
      Method.getMethod(
          "dev.cascade.contract.runtime.Value add (dev.cascade.contract.runtime.Value, dev.cascade.contract.runtime.Value, dev.cascade.contract.runtime.Unit)");
  static final Method SUBTRACT =
      Method.getMethod(
          "dev.cascade.contract.runtime.Value subtract (dev.cascade.contract.runtime.Value, dev.cascade.contract.runtime.Value, dev.cascade.contract.runtime.Unit)");
  static final Method MULTIPLY =
      Method.getMethod(
          "dev.cascade.contract.runtime.Value multiply (dev.cascade.contract.runtime.Value, dev.cascade.contract.runtime.Value, dev.cascade.contract.runtime.Unit)");
  static final Method DIVIDE =
      Method.getMethod(
          "dev.cascade.contract.runtime.Value divide (dev.cascade.contract.runtime.Value, dev.cascade.contract.runtime.Value, dev.cascade.contract.runtime.Unit, int, int)");
  static final Method ROUND =
      Method.getMethod(
          "dev.cascade.contract.runtime.Value round (dev.cascade.contract.runtime.Value, java.math.RoundingMode, dev.cascade.contract.runtime.Value)");
  static final Method STORED =
      Method.getMethod(
          "dev.cascade.contract.runtime.Value stored (dev.cascade.contract.runtime.Value, java.math.RoundingMode)");
  static final Method NEGATE =
      Method.getMethod(
          "dev.cascade.contract.runtime.Value negate (dev.cascade.contract.runtime.Value)");
  static final Method DAYS_BETWEEN =
      Method.getMethod(
          "dev.cascade.contract.runtime.Value daysBetween (dev.cascade.contract.runtime.Value, dev.cascade.contract.runtime.Value)");
  static final Method SHIFT =
      Method.getMethod(
          "dev.cascade.contract.runtime.Value shift (dev.cascade.contract.runtime.Value, dev.cascade.contract.runtime.Value, boolean, int, int)");
  static final Method EXTREME_OF =
      Method.getMethod(
          "dev.cascade.contract.runtime.Value extremeOf (dev.cascade.contract.runtime.Value, dev.cascade.contract.runtime.Value, boolean)");
  static final Method MEMBER =
      Method.getMethod(
          "boolean member (dev.cascade.contract.runtime.Value, dev.cascade.contract.runtime.Value)");
  static final Method EMPTY_LIST =
      Method.getMethod("dev.cascade.contract.runtime.Value emptyList ()");
  static final Method APPEND_ELEMENT =
      Method.getMethod(
          "dev.cascade.contract.runtime.Value append (dev.cascade.contract.runtime.Value, dev.cascade.contract.runtime.Value)");
  static final Method HAS =
      Method.getMethod("boolean has (dev.cascade.contract.runtime.Value, String)");
  static final Method COMPARE =
      Method.getMethod(
          "boolean compare (int, dev.cascade.contract.runtime.Value, dev.cascade.contract.runtime.Value)");
  static final Method FIELD =
      Method.getMethod(
          "dev.cascade.contract.runtime.Value field (dev.cascade.contract.runtime.Value, String, String, int, int)");
  static final Method COUNT =
      Method.getMethod(
          "dev.cascade.contract.runtime.Value count (dev.cascade.contract.runtime.Value)");
  static final Method SUM =
      Method.getMethod(
          "dev.cascade.contract.runtime.Value sum (dev.cascade.contract.runtime.Value, dev.cascade.contract.runtime.Unit)");
  static final Method EXTREME =
      Method.getMethod(
          "dev.cascade.contract.runtime.Value extreme (dev.cascade.contract.runtime.Value, boolean, int, int)");
  static final Method QUANTIFY =
      Method.getMethod(
          "boolean quantify (dev.cascade.contract.runtime.Context, dev.cascade.contract.runtime.Value, boolean, String, dev.cascade.contract.runtime.Condition, int, boolean)");
  static final Method DAYS_BEFORE_MATURITY =
      Method.getMethod(
          "boolean daysBeforeMaturity (dev.cascade.contract.runtime.Context, dev.cascade.contract.runtime.Value, int, int)");
  static final Method SHOW =
      Method.getMethod(
          "String show (dev.cascade.contract.runtime.Value, java.math.RoundingMode, boolean)");
  static final Method METRIC_IN_RULE =
      Method.getMethod("dev.cascade.contract.runtime.Value metricInRule (int, int)");

  static final Method NEW_BUILDER = Method.getMethod("void <init> ()");
  static final Method APPEND = Method.getMethod("StringBuilder append (String)");
  static final Method TO_STRING = Method.getMethod("String toString ()");

  private RuntimeTypes() {}
}
