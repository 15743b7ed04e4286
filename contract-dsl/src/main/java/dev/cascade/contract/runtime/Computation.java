package dev.cascade.contract.runtime;

/**
 * The named values of rules ({@code let cap = …}): worked out once when their rule starts. A
 * compiled contract implements it and tells its values apart by {@code id}.
 */
public interface Computation {

  Value compute(int id, Context context);
}
