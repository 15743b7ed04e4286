package dev.cascade.ledger.domain.programme;

import java.util.List;

/** Checks a contract's source as the RCL checker does: what it reports, empty when it checks. */
public interface ContractChecker {

  /** Each problem as "line L, column C: message"; empty when the contract checks. */
  List<String> problems(String source);
}
