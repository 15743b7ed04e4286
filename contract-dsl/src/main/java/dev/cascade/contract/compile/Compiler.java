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
   * @throws CompilationFailed when the contract is too large for the JVM's class-file limits
   */
  public static CompiledArtifact compile(CheckedContract checked, String source) {
    String id = ContractId.of(source);
    String className = PACKAGE + ".Contract_" + id.substring(0, 16);
    try {
      byte[] bytes = new ClassGenerator(checked, className, id).generate();
      return new CompiledArtifact(id, className, bytes);
    } catch (org.objectweb.asm.MethodTooLargeException e) {
      throw new CompilationFailed(
          "a rule is too large to compile ("
              + e.getCodeSize()
              + " bytes of code in "
              + e.getMethodName()
              + "; the JVM allows 65,535): split it into several rules",
          e);
    } catch (org.objectweb.asm.ClassTooLargeException | IllegalArgumentException e) {
      throw new CompilationFailed(
          "the contract is too large to compile into one class: " + e.getMessage(), e);
    }
  }
}
