package dev.cascade.contract.sandbox;

import java.util.List;
import java.util.stream.Collectors;

/** A contract class failed verification and was not loaded. */
public class ContractRejected extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  public ContractRejected(String className, List<Violation> violations) {
    super(
        "contract class "
            + className
            + " was not loaded: "
            + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
