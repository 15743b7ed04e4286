package dev.cascade.contract.sandbox;

import java.util.Set;

/**
 * Exactly the members compiled contracts use, and nothing else: the runtime API's operations and
 * context, the automatic actions, a string builder for messages, and rounding modes. Even runtime
 * classes are allowed member by member, so that nothing they inherit (hash codes, stack traces,
 * printing) is reachable.
 */
public final class AllowList {

  /** Internal name prefix of the runtime API. */
  public static final String RUNTIME_PACKAGE = "dev/cascade/contract/runtime/";

  private static final String OPS = RUNTIME_PACKAGE + "Ops";
  private static final String CONTEXT = RUNTIME_PACKAGE + "Context";
  private static final String ACTION = RUNTIME_PACKAGE + "AutomaticAction$";
  private static final String V = "Ldev/cascade/contract/runtime/Value;";
  private static final String U = "Ldev/cascade/contract/runtime/Unit;";
  private static final String C = "Ldev/cascade/contract/runtime/Context;";
  private static final String S = "Ljava/lang/String;";

  /** Types a contract class may name (new, casts, instanceof, field and method descriptors). */
  static final Set<String> TYPES =
      Set.of(
          "java/lang/Object",
          "java/lang/String",
          "java/lang/StringBuilder",
          "java/math/RoundingMode");

  /** Methods, as "owner name descriptor". */
  static final Set<String> METHODS =
      Set.of(
          "java/lang/Object <init> ()V",
          "java/lang/StringBuilder <init> ()V",
          "java/lang/StringBuilder append (" + S + ")Ljava/lang/StringBuilder;",
          "java/lang/StringBuilder toString ()" + S,
          CONTEXT + " of (Ldev/cascade/contract/runtime/Input;)" + C,
          CONTEXT + " occasion ()I",
          CONTEXT + " isEvent (I)Z",
          CONTEXT + " isDay ()Z",
          CONTEXT + " name (" + S + "II)" + V,
          CONTEXT + " today ()" + V,
          CONTEXT + " isFilled (" + S + ")Z",
          CONTEXT + " bind (" + S + V + ")V",
          CONTEXT + " startRule ()V",
          CONTEXT + " fire (" + S + ")V",
          CONTEXT + " pass (" + S + ")V",
          CONTEXT + " reject (" + S + S + ")V",
          CONTEXT + " rejected ()Z",
          CONTEXT + " act (Ldev/cascade/contract/runtime/AutomaticAction;)V",
          CONTEXT + " verdict ()Ldev/cascade/contract/runtime/Verdict;",
          OPS + " unit (" + S + ")" + U,
          OPS + " numeric (" + S + U + ")" + V,
          OPS + " date (" + S + ")" + V,
          OPS + " text (" + S + ")" + V,
          OPS + " bool (Z)" + V,
          OPS + " isTrue (" + V + ")Z",
          OPS + " add (" + V + V + U + ")" + V,
          OPS + " subtract (" + V + V + U + ")" + V,
          OPS + " multiply (" + V + V + U + ")" + V,
          OPS + " divide (" + V + V + U + "II)" + V,
          OPS + " round (" + V + "Ljava/math/RoundingMode;" + V + ")" + V,
          OPS + " stored (" + V + "Ljava/math/RoundingMode;)" + V,
          OPS + " negate (" + V + ")" + V,
          OPS + " daysBetween (" + V + V + ")" + V,
          OPS + " shift (" + V + V + "ZII)" + V,
          OPS + " compare (I" + V + V + ")Z",
          OPS + " has (" + V + S + ")Z",
          OPS + " extremeOf (" + V + V + "Z)" + V,
          OPS + " define (" + C + S + "Ldev/cascade/contract/runtime/Computation;I)V",
          OPS + " member (" + V + V + ")Z",
          OPS + " emptyList ()" + V,
          OPS + " append (" + V + V + ")" + V,
          OPS + " field (" + V + S + S + "II)" + V,
          OPS + " count (" + V + ")" + V,
          OPS + " sum (" + V + U + ")" + V,
          OPS + " extreme (" + V + "ZII)" + V,
          OPS + " quantify (" + C + V + "Z" + S + "Ldev/cascade/contract/runtime/Condition;IZII)Z",
          OPS + " daysBeforeMaturity (" + C + V + "II)Z",
          OPS + " show (" + V + "Ljava/math/RoundingMode;Z)" + S,
          OPS + " metricInRule (II)" + V,
          ACTION + "Mark <init> (" + S + S + S + ")V",
          ACTION + "Notify <init> (" + S + S + ")V",
          ACTION + "Settle <init> (" + S + S + ")V",
          ACTION + "Freeze <init> (" + S + S + ")V",
          ACTION + "Accrue <init> (" + S + S + V + ")V",
          ACTION + "SetField <init> (" + S + S + V + ")V");

  /** Static fields a contract class may read. */
  static final Set<String> STATIC_FIELDS =
      Set.of(
          "java/math/RoundingMode.HALF_EVEN",
          "java/math/RoundingMode.HALF_UP",
          "java/math/RoundingMode.HALF_DOWN",
          "java/math/RoundingMode.UP",
          "java/math/RoundingMode.DOWN",
          "java/math/RoundingMode.CEILING",
          "java/math/RoundingMode.FLOOR");

  private AllowList() {}

  static boolean allowsType(String internalName) {
    return TYPES.contains(internalName) || internalName.startsWith(RUNTIME_PACKAGE);
  }

  static boolean allowsMethod(String owner, String name, String descriptor) {
    return METHODS.contains(owner + " " + name + " " + descriptor);
  }

  static boolean allowsStaticField(String owner, String name) {
    return STATIC_FIELDS.contains(owner + "." + name);
  }
}
