package dev.cascade.ledger.chain;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks an inclusion proof file without the ledger, for regulators and auditors:
 *
 * <pre>
 * java -cp ledger-ejb.jar:bcprov-jdk18on-1.86.jar dev.cascade.ledger.chain.OfflineVerifier proof.txt
 * </pre>
 *
 * Exit status 0 when the proof holds, 1 when it does not, 2 when the file cannot be read.
 */
public final class OfflineVerifier {

  private OfflineVerifier() {}

  public static void main(String[] arguments) {
    System.exit(run(arguments, System.out));
  }

  static int run(String[] arguments, PrintStream out) {
    if (arguments.length != 1) {
      out.println("usage: OfflineVerifier PROOF-FILE");
      return 2;
    }
    InclusionProof proof;
    try {
      proof = InclusionProof.read(Files.readString(Path.of(arguments[0]), StandardCharsets.UTF_8));
    } catch (IOException | IllegalArgumentException e) {
      out.println(arguments[0] + ": " + e.getMessage());
      return 2;
    }
    String what =
        "transaction " + proof.index() + " of " + proof.size() + " in block " + proof.height();
    if (proof.verify()) {
      out.println("verified: " + what + " (" + proof.hash() + ")");
      return 0;
    }
    out.println(
        "NOT verified: the proof does not lead from this transaction to the block's root ("
            + what
            + ")");
    return 1;
  }
}
