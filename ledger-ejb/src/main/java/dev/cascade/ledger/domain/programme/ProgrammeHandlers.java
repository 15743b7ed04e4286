package dev.cascade.ledger.domain.programme;

import dev.cascade.ledger.domain.Change;
import dev.cascade.ledger.domain.InvariantViolation;
import dev.cascade.ledger.domain.enterprise.Enterprises;
import dev.cascade.ledger.domain.enterprise.Parties;
import java.util.List;

/**
 * Deploying the programme's contract: the operator deploys a contract that checks, and new
 * certificates are issued under it from then on; certificates issued before keep theirs.
 */
public final class ProgrammeHandlers {

  public static final String CHECKS = "a deployed contract checks";
  public static final String DEPLOYED = "a programme contract is deployed";

  private final Parties parties;
  private final ContractChecker checker;

  public ProgrammeHandlers(Enterprises enterprises, ContractChecker checker) {
    this.parties = new Parties(enterprises);
    this.checker = checker;
  }

  /** {@code signer} deploys {@code source}, whose id is {@code contractId}. */
  public List<Change> deploy(String signer, String contractId, String source) {
    parties.operator(signer);
    List<String> problems = checker.problems(source);
    if (!problems.isEmpty()) {
      throw new InvariantViolation(
          CHECKS, "the contract does not check: " + String.join("; ", problems));
    }
    return List.of(
        new Change.ContractDeployed(contractId, source), new Change.ProgrammeChosen(contractId));
  }
}
