package dev.cascade.contract.compile;

import dev.cascade.contract.ProductVersion;
import dev.cascade.contract.check.CheckedContract;

/** Compiles a checked contract into one class; the same source gives the same bytes anywhere. */
public final class Compiler {

  /** The compiler's version, part of every contract identity. */
  public static final String VERSION = ProductVersion.current();

  /** Generated classes live here; the sandbox loader defines nothing else of Cascade. */
  public static final String PACKAGE = "dev.cascade.contract.generated";

  private Compiler() {}

  /**
   * @param source the exact source text the contract was checked from
   */
  public static CompiledArtifact compile(CheckedContract checked, String source) {
    String id = ContractId.of(source);
    String className = PACKAGE + ".Contract_" + id.substring(0, 16);
    byte[] bytes = new ClassGenerator(checked, className, id).generate();
    return new CompiledArtifact(id, className, bytes);
  }
}
