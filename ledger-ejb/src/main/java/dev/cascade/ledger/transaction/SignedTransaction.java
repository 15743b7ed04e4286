package dev.cascade.ledger.transaction;

import dev.cascade.ledger.chain.CanonicalReader;
import dev.cascade.ledger.chain.CanonicalWriter;

/**
 * A transaction and its signer's signature over its canonical bytes. Its own canonical bytes are
 * what a block carries, so anyone holding a block can check every signature in it.
 */
public record SignedTransaction(Transaction transaction, byte[] signature) {

  public byte[] canonical() {
    return transaction.write(new CanonicalWriter()).bytes(signature).toBytes();
  }

  /**
   * @throws IllegalArgumentException when the bytes are not a signed transaction
   */
  public static SignedTransaction decode(byte[] bytes) {
    CanonicalReader in = new CanonicalReader(bytes);
    SignedTransaction signed = new SignedTransaction(Transaction.read(in), in.bytes());
    in.end();
    return signed;
  }
}
