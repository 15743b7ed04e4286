package dev.cascade.ledger.chain;

import java.util.ArrayList;
import java.util.List;

/** A block's stored form: its header fields, its transactions and its signature, canonically. */
public final class BlockCodec {

  private BlockCodec() {}

  public static byte[] encode(Block block) {
    CanonicalWriter writer =
        new CanonicalWriter()
            .number(block.height())
            .bytes(block.previousHash())
            .bytes(block.transactionsRoot())
            .bytes(block.stateRoot())
            .number(block.time())
            .text(block.producer())
            .number(block.transactions().size());
    block.transactions().forEach(writer::bytes);
    return writer.bytes(block.signature()).toBytes();
  }

  /**
   * @throws IllegalArgumentException when the bytes are not a block's stored form
   */
  public static Block decode(byte[] stored) {
    CanonicalReader reader = new CanonicalReader(stored);
    long height = reader.number();
    byte[] previousHash = reader.bytes();
    byte[] transactionsRoot = reader.bytes();
    byte[] stateRoot = reader.bytes();
    long time = reader.number();
    String producer = reader.text();
    long count = reader.number();
    if (count < 0 || count > stored.length) {
      throw new IllegalArgumentException("a count of " + count + " transactions cannot be right");
    }
    List<byte[]> transactions = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      transactions.add(reader.bytes());
    }
    byte[] signature = reader.bytes();
    reader.end();
    return new Block(
        height, previousHash, transactionsRoot, stateRoot, time, producer, transactions, signature);
  }
}
