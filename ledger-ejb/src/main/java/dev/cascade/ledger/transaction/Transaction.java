package dev.cascade.ledger.transaction;

import dev.cascade.ledger.chain.CanonicalReader;
import dev.cascade.ledger.chain.CanonicalWriter;

/**
 * What an enterprise asks the ledger to do: the operation, who asks, a nonce, and the operation's
 * own fields in canonical bytes. The signature covers {@link #canonical()}.
 *
 * @param nonce strictly greater than every earlier nonce of the same signer
 */
public record Transaction(String operation, String signer, long nonce, byte[] body) {

  public byte[] canonical() {
    return write(new CanonicalWriter()).toBytes();
  }

  CanonicalWriter write(CanonicalWriter out) {
    return out.text(operation).text(signer).number(nonce).bytes(body);
  }

  static Transaction read(CanonicalReader in) {
    return new Transaction(in.text(), in.text(), in.number(), in.bytes());
  }
}
