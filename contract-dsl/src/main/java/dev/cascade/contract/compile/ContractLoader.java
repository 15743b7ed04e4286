package dev.cascade.contract.compile;

import dev.cascade.contract.runtime.CompiledContract;
import dev.cascade.contract.sandbox.ContractClassLoader;
import java.lang.reflect.InvocationTargetException;

/**
 * Loads compiled contracts through the sandbox: verified, isolated, and checked to be the contract
 * they claim to be.
 */
public final class ContractLoader {

  private ContractLoader() {}

  /**
   * @param source the contract's source; its identity must be the artifact's
   * @throws dev.cascade.contract.sandbox.ContractRejected when the class fails verification
   * @throws IllegalArgumentException when the artifact was not compiled from this source by this
   *     compiler version
   */
  public static CompiledContract load(CompiledArtifact artifact, String source) {
    String expected = ContractId.of(source);
    if (!expected.equals(artifact.contractId())) {
      throw new IllegalArgumentException(
          "the compiled contract "
              + artifact.contractId()
              + " is not this source compiled by rcl "
              + Compiler.VERSION
              + " ("
              + expected
              + ")");
    }
    Class<?> type = new ContractClassLoader().define(artifact.className(), artifact.bytes());
    try {
      CompiledContract contract = (CompiledContract) type.getConstructor().newInstance();
      if (!contract.contractId().equals(expected)) {
        throw new IllegalArgumentException(
            "the class claims to be contract " + contract.contractId() + ", not " + expected);
      }
      return contract;
    } catch (InstantiationException
        | IllegalAccessException
        | InvocationTargetException
        | NoSuchMethodException e) {
      throw new IllegalStateException("a verified contract class could not be instantiated", e);
    }
  }
}
