package dev.cascade.contract.runtime;

/** What the ledger carries out after an accepted operation, in the order the rules gave it. */
public sealed interface AutomaticAction {

  /** As RCL writes it, e.g. {@code set operation.interest to CNY 1,656.05}. */
  String render();

  /** From rule. */
  String rule();

  /** {@code mark certificate overdue} */
  record Mark(String rule, String target, String state) implements AutomaticAction {
    @Override
    public String render() {
      return "mark " + target + " " + state;
    }
  }

  /** {@code notify guarantor} */
  record Notify(String rule, String party) implements AutomaticAction {
    @Override
    public String render() {
      return "notify " + party;
    }
  }

  /** {@code accrue penalty of CNY 12.00} */
  record Accrue(String rule, String kind, Value amount) implements AutomaticAction {
    @Override
    public String render() {
      return "accrue " + kind + " of " + amount.render();
    }
  }

  /** {@code set operation.interest to CNY 1,656.05} */
  record SetField(String rule, String field, Value value) implements AutomaticAction {
    @Override
    public String render() {
      return "set " + field + " to " + value.render();
    }
  }

  /** {@code settle certificate} */
  record Settle(String rule, String target) implements AutomaticAction {
    @Override
    public String render() {
      return "settle " + target;
    }
  }

  /** {@code freeze certificate} */
  record Freeze(String rule, String target) implements AutomaticAction {
    @Override
    public String render() {
      return "freeze " + target;
    }
  }
}
