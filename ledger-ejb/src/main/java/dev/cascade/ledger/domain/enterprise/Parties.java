package dev.cascade.ledger.domain.enterprise;

import dev.cascade.ledger.domain.InvariantViolation;
import java.util.Locale;

/**
 * Who may take part in an operation: a registered, approved enterprise, acting in one of its roles.
 * Every handler asks here, so the rules and their wording are the same for every operation.
 */
public final class Parties {

  public static final String OPERATOR = "only the operator registers, approves and deploys";
  public static final String REGISTERED = "parties are registered, approved enterprises";
  public static final String ROLE = "enterprises act in their roles";

  private final Enterprises enterprises;

  public Parties(Enterprises enterprises) {
    this.enterprises = enterprises;
  }

  /**
   * @throws InvariantViolation when {@code name} is not a registered, approved enterprise
   */
  public Enterprise registered(String name) {
    return enterprises
        .enterprise(name)
        .filter(Enterprise::approved)
        .orElseThrow(
            () ->
                new InvariantViolation(
                    REGISTERED, name + " is not a registered, approved enterprise"));
  }

  /**
   * @param what what the role lets it do, for the message: "finances certificates"
   * @throws InvariantViolation when {@code name} is not registered in {@code role}
   */
  public Enterprise acting(String name, Role role, String what) {
    Enterprise enterprise = registered(name);
    if (!enterprise.has(role)) {
      throw new InvariantViolation(
          ROLE, name + " is not a " + role.name().toLowerCase(Locale.ROOT) + ", which " + what);
    }
    return enterprise;
  }

  /**
   * @throws InvariantViolation when {@code name} is not the platform operator
   */
  public void operator(String name) {
    if (!registered(name).has(Role.OPERATOR)) {
      throw new InvariantViolation(OPERATOR, name + " is not the platform operator");
    }
  }

  /**
   * @throws InvariantViolation when {@code name} is not registered at all, approved or not
   */
  public Enterprise known(String name) {
    return enterprises
        .enterprise(name)
        .orElseThrow(() -> new InvariantViolation(REGISTERED, name + " is not registered"));
  }
}
