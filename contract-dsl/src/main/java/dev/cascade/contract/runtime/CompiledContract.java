package dev.cascade.contract.runtime;

/** What a compiled contract class offers its host: an identity, and verdicts. */
public interface CompiledContract {

  /** The hash of the contract's source and the compiler version that compiled it. */
  String contractId();

  /**
   * Evaluates the rules for the input's occasion, in declared order.
   *
   * @throws EvaluationError when the input lacks what a rule reads, or a rule divides by zero
   */
  Verdict evaluate(Input input);
}
