package dev.cascade.contract.compile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A contract's identity: the hash of its source and the compiler version that compiles it. */
public final class ContractId {

  private ContractId() {}

  public static String of(String source) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(("rcl " + Compiler.VERSION + "\n").getBytes(StandardCharsets.UTF_8));
      sha256.update(source.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
