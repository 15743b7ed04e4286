package dev.cascade.contract.cli;

import dev.cascade.contract.ProductVersion;
import picocli.CommandLine;

/** {@code rcl --version} */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"rcl " + ProductVersion.current()};
  }
}
