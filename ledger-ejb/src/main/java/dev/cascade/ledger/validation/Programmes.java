package dev.cascade.ledger.validation;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * The programme contracts deployed on the ledger, each compiled and verified once per node, by
 * contract id. A certificate is always judged by the contract it was issued under.
 */
public final class Programmes {

  private final ConcurrentMap<String, ProgrammeRules> compiled = new ConcurrentHashMap<>();

  public ProgrammeRules rules(String contractId, Supplier<String> source) {
    return compiled.computeIfAbsent(
        contractId, id -> ProgrammeRules.compile("contract " + id, source.get()));
  }
}
