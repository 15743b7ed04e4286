package dev.cascade.contract.runtime;

/**
 * The condition of {@code any … in … has …} and {@code all …}: evaluated once per element, with the
 * element bound to the quantifier's variable in the context. A compiled contract implements it and
 * tells its conditions apart by {@code id}.
 */
public interface Condition {

  boolean test(int id, Context context);
}
