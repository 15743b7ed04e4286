package dev.cascade.contract.compile;

import dev.cascade.contract.runtime.Ops;
import dev.cascade.contract.runtime.Unit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.GeneratorAdapter;
import org.objectweb.asm.commons.Method;

/**
 * The constants of a contract class (units and literal values), each a static final field made once
 * in the class initializer, in order of first use so that the bytes are reproducible.
 */
final class Constants {

  /** How to make a constant: a runtime factory and its string arguments. */
  private record Recipe(
      String field, Type type, Method factory, String argument, String unitField) {}

  private final String owner;
  private final Map<String, Recipe> recipes = new LinkedHashMap<>();

  Constants(String owner) {
    this.owner = owner;
  }

  /** Pushes a unit. Stack: → Unit */
  void unit(GeneratorAdapter code, Unit unit) {
    get(code, unitRecipe(unit));
  }

  private Recipe unitRecipe(Unit unit) {
    String code = Ops.code(unit);
    return recipes.computeIfAbsent(
        "unit " + code,
        k -> new Recipe("U" + recipes.size(), RuntimeTypes.UNIT, RuntimeTypes.UNIT_OF, code, null));
  }

  /** Pushes a number with a unit. Stack: → Value */
  void numeric(GeneratorAdapter code, String value, Unit unit) {
    String unitField = unitRecipe(unit).field(); // made before the values that need it
    get(
        code,
        recipes.computeIfAbsent(
            "numeric " + value + " " + Ops.code(unit),
            k ->
                new Recipe(
                    "K" + recipes.size(),
                    RuntimeTypes.VALUE,
                    RuntimeTypes.NUMERIC,
                    value,
                    unitField)));
  }

  /** Pushes a date, text or boolean value made by {@code factory} from {@code argument}. */
  void value(GeneratorAdapter code, Method factory, String argument) {
    String key = factory.getName() + " " + argument;
    get(
        code,
        recipes.computeIfAbsent(
            key,
            k -> new Recipe("K" + recipes.size(), RuntimeTypes.VALUE, factory, argument, null)));
  }

  private void get(GeneratorAdapter code, Recipe recipe) {
    code.getStatic(Type.getObjectType(owner), recipe.field(), recipe.type());
  }

  /** The fields and the class initializer that fills them. */
  void emit(ClassVisitor type) {
    for (Recipe recipe : recipes.values()) {
      type.visitField(
              Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL,
              recipe.field(),
              recipe.type().getDescriptor(),
              null,
              null)
          .visitEnd();
    }
    Method clinit = Method.getMethod("void <clinit> ()");
    GeneratorAdapter code = new GeneratorAdapter(Opcodes.ACC_STATIC, clinit, null, null, type);
    code.visitCode();
    for (Recipe recipe : recipes.values()) {
      if (recipe.factory().equals(RuntimeTypes.BOOL)) {
        code.push(Boolean.parseBoolean(recipe.argument())); // → boolean
      } else {
        code.push(recipe.argument()); // → String
      }
      if (recipe.unitField() != null) {
        code.getStatic(
            Type.getObjectType(owner),
            recipe.unitField(),
            RuntimeTypes.UNIT); // String → String, Unit
      }
      code.invokeStatic(RuntimeTypes.OPS, recipe.factory()); // … → Value or Unit
      code.putStatic(Type.getObjectType(owner), recipe.field(), recipe.type()); // →
    }
    code.returnValue();
    code.endMethod();
  }
}
