package dev.cascade.contract.runtime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One evaluation of a contract: the names rules see, the block's date, the values each rule read
 * (which explain why it fired) and the verdict being built. Both engines drive it the same way, so
 * they agree on verdicts, messages, values and actions by construction.
 */
public final class Context {

  private final Input input;
  private final Map<String, Value> parameters;

  /** Quantifier variables and the operation as {@code set} changed it; made when first needed. */
  private Map<String, Value> overrides;

  private final List<String> boundNames = new ArrayList<>();
  private final List<Value> boundValues = new ArrayList<>();
  private final Set<String> bound = new HashSet<>();
  private final List<Verdict.Firing> fired = new ArrayList<>();
  private final List<AutomaticAction> actions = new ArrayList<>();
  private Optional<Verdict.Rejection> rejection = Optional.empty();

  /** For compiled contracts, which hold their parameters as constants. */
  public static Context of(Input input) {
    return new Context(input, Map.of());
  }

  public Context(Input input, Map<String, Value> parameters) {
    this.input = input;
    this.parameters = parameters;
  }

  public boolean isEvent(int eventOrdinal) {
    return input.occasion().event().map(e -> e.ordinal() == eventOrdinal).orElse(false);
  }

  public boolean isDay() {
    return input.occasion().isDay();
  }

  /** A view, parameter or quantifier variable. */
  public Value name(String name, int line, int column) {
    Value value = lookup(name);
    if (value == null) {
      throw new EvaluationError("the input has no " + name, line, column);
    }
    return value;
  }

  /** Variables and changes first, then the views, then the parameters. */
  private Value lookup(String name) {
    Value value = overrides == null ? null : overrides.get(name);
    if (value == null) {
      value = input.views().get(name);
    }
    return value != null ? value : parameters.get(name);
  }

  public Value today() {
    Value today = new Value.DateValue(input.today());
    bind("today", today);
    return today;
  }

  public LocalDate todayDate() {
    return input.today();
  }

  /** Remembers a value the current rule read; the first reading of a name counts. */
  public void bind(String expression, Value value) {
    if (bound.add(expression)) {
      boundNames.add(expression);
      boundValues.add(value);
    }
  }

  /** How many values are remembered, to forget what a non-deciding element read. */
  public int mark() {
    return boundNames.size();
  }

  public void forgetSince(int mark) {
    while (boundNames.size() > mark) {
      bound.remove(boundNames.remove(boundNames.size() - 1));
      boundValues.remove(boundValues.size() - 1);
    }
  }

  /**
   * Binds a quantifier variable, hiding what had that name.
   *
   * @return what the name meant before, for {@link #unlet}
   */
  public Value let(String variable, Value value) {
    return overrides().put(variable, value);
  }

  /** Gives the name back what {@link #let} hid (or nothing, when it hid nothing). */
  public void unlet(String variable, Value hidden) {
    if (hidden == null) {
      overrides().remove(variable);
    } else {
      overrides().put(variable, hidden);
    }
  }

  /**
   * Quantifiers nest at most this deep: iteration depth is bounded by the contract, never by the
   * thread's stack.
   */
  public static final int MAX_NESTING = 32;

  private int nesting;

  void enter(int line, int column) {
    if (++nesting > MAX_NESTING) {
      nesting--;
      throw new EvaluationError(
          "quantifiers nest more than " + MAX_NESTING + " deep", line, column);
    }
  }

  void leave() {
    nesting--;
  }

  private Map<String, Value> overrides() {
    if (overrides == null) {
      overrides = new HashMap<>();
    }
    return overrides;
  }

  public void startRule() {
    forgetSince(0);
  }

  /** The current rule fired, having read these values. */
  public void fire(String rule) {
    List<Verdict.Binding> values = new ArrayList<>(boundNames.size());
    for (int i = 0; i < boundNames.size(); i++) {
      values.add(new Verdict.Binding(boundNames.get(i), boundValues.get(i)));
    }
    fired.add(new Verdict.Firing(rule, values));
  }

  public void reject(String rule, String message) {
    rejection = Optional.of(new Verdict.Rejection(rule, message));
  }

  public boolean rejected() {
    return rejection.isPresent();
  }

  /** An automatic action; {@code set operation.x} also changes what later rules see. */
  public void act(AutomaticAction action) {
    if (action instanceof AutomaticAction.SetField set) {
      Value current = lookup("operation");
      Map<String, Value> fields =
          current instanceof Value.Entity entity
              ? new LinkedHashMap<>(entity.fields())
              : new LinkedHashMap<>();
      fields.put(set.field().substring("operation.".length()), set.value());
      overrides().put("operation", new Value.Entity(EntityKind.OPERATION, fields));
    }
    actions.add(action);
  }

  public Verdict verdict() {
    return new Verdict(rejection, fired, rejection.isPresent() ? List.of() : actions);
  }
}
