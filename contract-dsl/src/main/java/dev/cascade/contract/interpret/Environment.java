package dev.cascade.contract.interpret;

import dev.cascade.contract.runtime.EntityKind;
import dev.cascade.contract.runtime.Value;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The names rules see during one evaluation; {@code set} replaces the operation view. */
final class Environment {

  private final Map<String, Value> names;

  Environment(Map<String, Value> names) {
    this.names = new HashMap<>(names);
  }

  Map<String, Value> names() {
    return names;
  }

  void setOperationField(String field, Value value) {
    Value current = names.get("operation");
    Map<String, Value> fields =
        current instanceof Value.Entity entity
            ? new LinkedHashMap<>(entity.fields())
            : new LinkedHashMap<>();
    fields.put(field, value);
    names.put("operation", new Value.Entity(EntityKind.OPERATION, fields));
  }
}
