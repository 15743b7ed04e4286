package dev.cascade.ledger.chain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.ledger.crypto.HashAlgorithm;
import dev.cascade.ledger.crypto.SignatureScheme;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A proof written by the ledger verifies from its file alone; a modified file does not. */
class OfflineVerifierTest {

  @TempDir Path directory;

  @Test
  void aWrittenProofVerifiesOfflineAndAModifiedOneFails() throws Exception {
    List<byte[]> transactions = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      transactions.add(("transaction " + i).getBytes(StandardCharsets.UTF_8));
    }
    SignatureScheme scheme = SignatureScheme.ED25519;
    Block block =
        new Blocks(
                HashAlgorithm.SM3,
                scheme,
                "node1",
                scheme.generateKeyPair(new SecureRandom()).getPrivate())
            .next(Optional.empty(), transactions, new byte[] {1}, 0L);
    String proof = InclusionProof.of(HashAlgorithm.SM3, block, 7).write();
    Path good = Files.writeString(directory.resolve("good.txt"), proof);
    String root = proof.lines().filter(l -> l.startsWith("root=")).findFirst().orElseThrow();
    String flipped = root.substring(0, 5) + (root.charAt(5) == '0' ? '1' : '0') + root.substring(6);
    Path bad = Files.writeString(directory.resolve("bad.txt"), proof.replace(root, flipped));
    Path broken = Files.writeString(directory.resolve("broken.txt"), "hash=SM3\n");

    assertThat(run(good)).startsWith("0 verified: transaction 7 of 12 in block 0");
    assertThat(run(bad)).startsWith("1 NOT verified");
    assertThat(run(broken)).startsWith("2 ").contains("no 'height=' line");
  }

  private static String run(Path file) {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    int status =
        OfflineVerifier.run(
            new String[] {file.toString()}, new PrintStream(printed, true, StandardCharsets.UTF_8));
    return status + " " + printed.toString(StandardCharsets.UTF_8);
  }
}
