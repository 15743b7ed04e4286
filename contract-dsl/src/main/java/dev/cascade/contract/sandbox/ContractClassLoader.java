package dev.cascade.contract.sandbox;

import java.util.List;

/**
 * The class loader of compiled contracts. It defines only classes that pass the {@link
 * ClassVerifier}, and lets them see nothing of Cascade but the runtime API; the JDK classes they
 * can name are checked by the verifier before they are ever resolved.
 */
public final class ContractClassLoader extends ClassLoader {

  private static final String RUNTIME_PACKAGE = AllowList.RUNTIME_PACKAGE.replace('/', '.');

  static {
    registerAsParallelCapable();
  }

  private final ClassLoader runtimeLoader;
  private final ClassVerifier verifier;

  public ContractClassLoader() {
    // The platform loader as parent: JDK classes, but none of the application's.
    super("rcl-contracts", ClassLoader.getPlatformClassLoader());
    this.runtimeLoader = ContractClassLoader.class.getClassLoader();
    this.verifier = new ClassVerifier(runtimeLoader);
  }

  /**
   * Verifies and defines a contract class.
   *
   * @throws ContractRejected with every violation found, when the class may not run
   */
  public Class<?> define(String name, byte[] bytes) {
    List<Violation> violations = verifier.verify(bytes);
    if (!violations.isEmpty()) {
      throw new ContractRejected(name, violations);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (name.startsWith(RUNTIME_PACKAGE)) {
      return runtimeLoader.loadClass(name);
    }
    if (name.startsWith("dev.cascade.")) {
      synchronized (getClassLoadingLock(name)) {
        Class<?> defined = findLoadedClass(name);
        if (defined != null) {
          return defined;
        }
      }
      throw new ClassNotFoundException(name + " is not part of the contract runtime API");
    }
    return super.loadClass(name, resolve);
  }
}
