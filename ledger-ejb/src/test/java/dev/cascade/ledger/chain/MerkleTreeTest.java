package dev.cascade.ledger.chain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.ledger.crypto.HashAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MerkleTreeTest {

  private static final HashAlgorithm HASH = HashAlgorithm.SM3;

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5, 7, 8, 13, 64, 100})
  void everyEntryHasAProofThatVerifiesOffline(int size) {
    List<byte[]> entries = entries(size);
    MerkleTree tree = new MerkleTree(HASH, entries);
    byte[] root = tree.root();

    for (int i = 0; i < size; i++) {
      assertThat(MerkleTree.verify(HASH, entries.get(i), i, size, tree.proof(i), root))
          .as("entry %d of %d", i, size)
          .isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 5, 13})
  void aModifiedProofEntryOrRootFails(int size) {
    List<byte[]> entries = entries(size);
    MerkleTree tree = new MerkleTree(HASH, entries);
    int index = size - 2;
    List<byte[]> proof = tree.proof(index);
    List<byte[]> tampered = new ArrayList<>(proof);
    byte[] first = tampered.get(0).clone();
    first[0] ^= 1;
    tampered.set(0, first);
    byte[] root = tree.root();

    assertThat(MerkleTree.verify(HASH, entries.get(index), index, size, tampered, root)).isFalse();
    assertThat(
            MerkleTree.verify(
                HASH, "forged".getBytes(StandardCharsets.UTF_8), index, size, proof, root))
        .isFalse();
    assertThat(MerkleTree.verify(HASH, entries.get(index), index + 1, size, proof, root)).isFalse();
    assertThat(
            MerkleTree.verify(
                HASH, entries.get(index), index, size, proof.subList(1, proof.size()), root))
        .isFalse();
    assertThat(MerkleTree.verify(HASH, entries.get(index), index, size, proof, HASH.hash(root)))
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void followsRfc9162ForSmallTrees(int size) {
    List<byte[]> entries = entries(size);
    byte[] a = HASH.hash(new byte[] {0}, entries.get(0));
    byte[] expected =
        switch (size) {
          case 1 -> a;
          case 2 -> HASH.hash(new byte[] {1}, a, HASH.hash(new byte[] {0}, entries.get(1)));
          default ->
              HASH.hash(
                  new byte[] {1},
                  HASH.hash(new byte[] {1}, a, HASH.hash(new byte[] {0}, entries.get(1))),
                  HASH.hash(new byte[] {0}, entries.get(2)));
        };

    assertThat(new MerkleTree(HASH, entries).root()).isEqualTo(expected);
  }

  private static List<byte[]> entries(int size) {
    List<byte[]> entries = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      entries.add(("transaction " + i).getBytes(StandardCharsets.UTF_8));
    }
    return entries;
  }
}
