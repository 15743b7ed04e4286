package dev.cascade.contract.runtime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One evaluation of a contract: the names rules see, the block's date, the values each rule read
 * (which explain why it fired) and the verdict being built. Both engines drive it the same way, so
 * they agree on verdicts, messages, values and actions by construction.
 */
public final class Context {

  /** What {@link #occasion()} answers on a block day, when no event happened. */
  public static final int DAY = -1;

  private final Input input;
  private final Map<String, Value> parameters;
  private final int occasion;

  /** Quantifier variables, witnesses and named values; made when first needed. */
  private Map<String, Value> overrides;

  /** Named values whose evaluation failed: reading one reports the failure. */
  private Map<String, EvaluationError> failures;

  /**
   * The fields {@code set} gave the operation, in the order first set; the operation as later rules
   * see it is made from them only when one reads it.
   */
  private Map<String, Value> operationChanges;

  private Value changedOperation;

  /**
   * What the current rule read, in reading order. A rule reads a handful of names, so a linear scan
   * finds a repeated one faster than hashing would; these arrays are the hot path of every
   * evaluation.
   */
  private String[] boundNames = new String[8];

  private Value[] boundValues = new Value[8];
  private int boundCount;

  /** Made when a rule first fires or acts: most evaluations fire nothing. */
  private List<Verdict.Firing> fired;

  private List<Verdict.Firing> notFired;

  private List<AutomaticAction> actions;
  private Optional<Verdict.Rejection> rejection = Optional.empty();

  /** For compiled contracts, which hold their parameters as constants. */
  public static Context of(Input input) {
    return new Context(input, Map.of());
  }

  public Context(Input input, Map<String, Value> parameters) {
    this.input = input;
    this.parameters = parameters;
    Optional<Event> event = input.occasion().event();
    this.occasion = event.isPresent() ? event.get().ordinal() : DAY;
  }

  /** The event's ordinal, or {@link #DAY}: what compiled contracts dispatch on. */
  public int occasion() {
    return occasion;
  }

  public boolean isEvent(int eventOrdinal) {
    return occasion == eventOrdinal;
  }

  public boolean isDay() {
    return occasion == DAY;
  }

  /** A view, parameter or quantifier variable. */
  public Value name(String name, int line, int column) {
    Value value = lookup(name);
    if (value == null) {
      throw new EvaluationError(EvaluationError.Kind.MISSING_INPUT, name, line, column);
    }
    return value;
  }

  /** {@code there is a guarantor}: whether the ledger filled the view. */
  public boolean isFilled(String view) {
    return input.views().containsKey(view);
  }

  /** Whether a view, parameter or variable of this name is there. */
  public boolean has(String name) {
    return lookup(name) != null;
  }

  /** Variables and changes first, then the views, then the parameters. */
  private Value lookup(String name) {
    Value value = overrides == null ? null : overrides.get(name);
    if (value == null && failures != null && failures.containsKey(name)) {
      throw failures.get(name);
    }
    if (value == null && operationChanges != null && name.equals("operation")) {
      value = changedOperation();
    }
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
    for (int i = 0; i < boundCount; i++) {
      if (boundNames[i].equals(expression)) {
        return;
      }
    }
    if (boundCount == boundNames.length) {
      boundNames = Arrays.copyOf(boundNames, boundCount * 2);
      boundValues = Arrays.copyOf(boundValues, boundCount * 2);
    }
    boundNames[boundCount] = expression;
    boundValues[boundCount++] = value;
  }

  /** How many values are remembered, to forget what a non-deciding element read. */
  public int mark() {
    return boundCount;
  }

  public void forgetSince(int mark) {
    Arrays.fill(boundValues, mark, boundCount, null);
    boundCount = Math.min(boundCount, mark);
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
      throw new EvaluationError(EvaluationError.Kind.TOO_DEEP, "", line, column);
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
    endRule();
  }

  /** A named value of the current rule; the explanation shows it among what the rule read. */
  public void define(String name, Value value) {
    overrides().put(name, value);
    bind(name, value);
  }

  void failed(String name, EvaluationError failure) {
    if (failures == null) {
      failures = new HashMap<>();
    }
    failures.put(name, failure);
  }

  /** Witnesses and named values are their rule's own: no later rule sees them. */
  private void endRule() {
    if (overrides != null) {
      overrides.clear();
    }
    if (failures != null) {
      failures.clear();
    }
  }

  /** The current rule fired, having read these values. */
  public void fire(String rule) {
    endRule();
    if (fired == null) {
      fired = new ArrayList<>();
    }
    fired.add(new Verdict.Firing(rule, bindings()));
  }

  /** The current rule's condition was false, having read these values. */
  public void pass(String rule) {
    endRule();
    if (notFired == null) {
      notFired = new ArrayList<>();
    }
    notFired.add(new Verdict.Firing(rule, bindings()));
  }

  private List<Verdict.Binding> bindings() {
    Verdict.Binding[] values = new Verdict.Binding[boundCount];
    for (int i = 0; i < boundCount; i++) {
      values[i] = new Verdict.Binding(boundNames[i], boundValues[i]);
    }
    return List.of(values);
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
      if (operationChanges == null) {
        operationChanges = new LinkedHashMap<>();
      }
      operationChanges.put(set.field().substring("operation.".length()), set.value());
      changedOperation = null;
    }
    if (actions == null) {
      actions = new ArrayList<>();
    }
    actions.add(action);
  }

  /** The operation's view with what {@code set} changed: its fields first, new ones after. */
  private Value changedOperation() {
    if (changedOperation == null) {
      Map<String, Value> fields = new LinkedHashMap<>();
      if (input.views().get("operation") instanceof Value.Entity original) {
        fields.putAll(original.fields());
      }
      fields.putAll(operationChanges);
      changedOperation = new Value.Entity(EntityKind.OPERATION, fields);
    }
    return changedOperation;
  }

  public Verdict verdict() {
    return new Verdict(
        rejection,
        fired == null ? List.of() : fired,
        rejection.isPresent() || actions == null ? List.of() : actions,
        notFired == null ? List.of() : notFired);
  }
}
