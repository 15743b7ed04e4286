package dev.cascade.contract.sandbox;

import java.util.Map;
import java.util.Set;

/**
 * The JDK members a contract class may use: exact decimal arithmetic, dates without a clock,
 * strings, and ordered lists. Everything else of the JDK is refused; the runtime API package is
 * allowed as a whole.
 */
public final class AllowList {

  /** Internal name prefix of the runtime API. */
  public static final String RUNTIME_PACKAGE = "dev/cascade/contract/runtime/";

  /** Types a contract class may name (new, casts, instanceof, descriptors). */
  static final Set<String> TYPES =
      Set.of(
          "java/lang/Object",
          "java/lang/String",
          "java/lang/StringBuilder",
          "java/lang/Boolean",
          "java/lang/Integer",
          "java/lang/Long",
          "java/math/BigDecimal",
          "java/math/BigInteger",
          "java/math/MathContext",
          "java/math/RoundingMode",
          "java/time/LocalDate",
          "java/util/List",
          "java/util/Optional");

  /** Methods, as owner → "name descriptor" entries. */
  static final Map<String, Set<String>> METHODS =
      Map.of(
          "java/lang/Object", Set.of("<init> ()V", "equals (Ljava/lang/Object;)Z"),
          "java/lang/String",
              Set.of(
                  "equals (Ljava/lang/Object;)Z", "valueOf (Ljava/lang/Object;)Ljava/lang/String;"),
          "java/lang/StringBuilder",
              Set.of(
                  "<init> ()V",
                  "append (Ljava/lang/String;)Ljava/lang/StringBuilder;",
                  "toString ()Ljava/lang/String;"),
          "java/lang/Boolean", Set.of("valueOf (Z)Ljava/lang/Boolean;", "booleanValue ()Z"),
          "java/lang/Long", Set.of("valueOf (J)Ljava/lang/Long;", "longValue ()J"),
          "java/math/BigDecimal",
              Set.of(
                  "<init> (Ljava/lang/String;)V",
                  "valueOf (J)Ljava/math/BigDecimal;",
                  "valueOf (JI)Ljava/math/BigDecimal;",
                  "add (Ljava/math/BigDecimal;)Ljava/math/BigDecimal;",
                  "subtract (Ljava/math/BigDecimal;)Ljava/math/BigDecimal;",
                  "multiply (Ljava/math/BigDecimal;)Ljava/math/BigDecimal;",
                  "divide (Ljava/math/BigDecimal;Ljava/math/MathContext;)Ljava/math/BigDecimal;",
                  "negate ()Ljava/math/BigDecimal;",
                  "signum ()I",
                  "compareTo (Ljava/math/BigDecimal;)I",
                  "setScale (ILjava/math/RoundingMode;)Ljava/math/BigDecimal;"),
          "java/time/LocalDate",
              Set.of(
                  "of (III)Ljava/time/LocalDate;",
                  "plusDays (J)Ljava/time/LocalDate;",
                  "compareTo (Ljava/time/chrono/ChronoLocalDate;)I",
                  "toEpochDay ()J"),
          "java/util/List", Set.of("size ()I", "get (I)Ljava/lang/Object;"));

  /** Static fields a contract class may read. */
  static final Set<String> STATIC_FIELDS =
      Set.of(
          "java/math/BigDecimal.ZERO",
          "java/math/BigDecimal.ONE",
          "java/math/MathContext.DECIMAL128",
          "java/math/RoundingMode.HALF_EVEN",
          "java/math/RoundingMode.HALF_UP",
          "java/math/RoundingMode.HALF_DOWN",
          "java/math/RoundingMode.UP",
          "java/math/RoundingMode.DOWN",
          "java/math/RoundingMode.CEILING",
          "java/math/RoundingMode.FLOOR",
          "java/lang/Boolean.TRUE",
          "java/lang/Boolean.FALSE");

  private AllowList() {}

  static boolean allowsType(String internalName) {
    return TYPES.contains(internalName) || internalName.startsWith(RUNTIME_PACKAGE);
  }

  static boolean allowsMethod(String owner, String name, String descriptor) {
    return owner.startsWith(RUNTIME_PACKAGE)
        || METHODS.getOrDefault(owner, Set.of()).contains(name + " " + descriptor);
  }

  static boolean allowsStaticField(String owner, String name) {
    return owner.startsWith(RUNTIME_PACKAGE) || STATIC_FIELDS.contains(owner + "." + name);
  }
}
