package dev.cascade.contract.sandbox;

/**
 * Why a contract class may not run, in the analyst's terms, and where in the class it was found.
 *
 * @param rule the determinism rule broken: "clock", "floating point", "loop", "reflection", ...
 * @param where the method (and instruction) it was found in
 */
public record Violation(String rule, String explanation, String where) {

  @Override
  public String toString() {
    return where + ": " + explanation;
  }
}
