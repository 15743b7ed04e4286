package dev.cascade.ledger.chain;

import dev.cascade.ledger.crypto.HashAlgorithm;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A proof that a transaction is in a block, as a small text file a regulator can keep, read and
 * check without the ledger:
 *
 * <pre>
 * # Cascade inclusion proof
 * hash=SM3
 * height=7
 * entry=0000000a7472616e73666572…   (the transaction's canonical bytes, hex)
 * index=3
 * size=12
 * root=5f1c…                        (the block's transactions root, hex)
 * path=8e21…,03a9…                  (RFC 9162 audit path, leaf side first)
 * </pre>
 */
public record InclusionProof(
    HashAlgorithm hash,
    long height,
    byte[] entry,
    long index,
    long size,
    byte[] root,
    List<byte[]> path) {

  private static final HexFormat HEX = HexFormat.of();

  /** The proof of transaction {@code index} of {@code block}. */
  public static InclusionProof of(HashAlgorithm hash, Block block, int index) {
    MerkleTree tree = new MerkleTree(hash, block.transactions());
    return new InclusionProof(
        hash,
        block.height(),
        block.transactions().get(index),
        index,
        tree.size(),
        tree.root(),
        tree.proof(index));
  }

  public boolean verify() {
    return MerkleTree.verify(hash, entry, index, size, path, root);
  }

  public String write() {
    StringBuilder text = new StringBuilder("# Cascade inclusion proof\n");
    text.append("hash=").append(hash.name()).append('\n');
    text.append("height=").append(height).append('\n');
    text.append("entry=").append(HEX.formatHex(entry)).append('\n');
    text.append("index=").append(index).append('\n');
    text.append("size=").append(size).append('\n');
    text.append("root=").append(HEX.formatHex(root)).append('\n');
    text.append("path=")
        .append(String.join(",", path.stream().map(HEX::formatHex).toList()))
        .append('\n');
    return text.toString();
  }

  /**
   * @throws IllegalArgumentException naming the line that is missing or malformed
   */
  public static InclusionProof read(String text) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int equals = trimmed.indexOf('=');
      if (equals < 0) {
        throw new IllegalArgumentException("not a 'name=value' line: " + trimmed);
      }
      fields.put(trimmed.substring(0, equals).strip(), trimmed.substring(equals + 1).strip());
    }
    String hashName = required(fields, "hash");
    String height = required(fields, "height");
    String entry = required(fields, "entry");
    String index = required(fields, "index");
    String size = required(fields, "size");
    String root = required(fields, "root");
    String joined = required(fields, "path");
    try {
      List<byte[]> path = new ArrayList<>();
      if (!joined.isEmpty()) {
        for (String node : joined.split(",")) {
          path.add(HEX.parseHex(node.strip()));
        }
      }
      return new InclusionProof(
          HashAlgorithm.valueOf(hashName),
          Long.parseLong(height),
          HEX.parseHex(entry),
          Long.parseLong(index),
          Long.parseLong(size),
          HEX.parseHex(root),
          path);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("a proof line is malformed: " + e.getMessage(), e);
    }
  }

  private static String required(Map<String, String> fields, String name) {
    String value = fields.get(name);
    if (value == null) {
      throw new IllegalArgumentException("the proof has no '" + name + "=' line");
    }
    return value;
  }
}
