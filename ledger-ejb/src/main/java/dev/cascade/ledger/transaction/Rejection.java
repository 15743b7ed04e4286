package dev.cascade.ledger.transaction;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Why the ledger refused a transaction: the rule, in the words users know it by, the message, and
 * for a contract rule the values that decided it ({@code certificate.maturity - certificate.issued
 * = 200 days}). Nothing was changed.
 */
public record Rejection(String rule, String message, List<String> values) {

  public Rejection {
    values = List.copyOf(values);
  }

  public Rejection(String rule, String message) {
    this(rule, message, List.of());
  }

  /** The rejection as bytes, to tell another node of it: see {@link #decode}. */
  public byte[] encode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(rule);
      out.writeUTF(message);
      out.writeInt(values.size());
      for (String value : values) {
        out.writeUTF(value);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The rejection {@link #encode} wrote.
   *
   * @throws IllegalArgumentException when the bytes are not one
   */
  public static Rejection decode(byte[] encoded) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
      String rule = in.readUTF();
      String message = in.readUTF();
      int count = in.readInt();
      if (count < 0 || count > encoded.length) {
        throw new IllegalArgumentException("a rejection has no " + count + " values");
      }
      List<String> values = new java.util.ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        values.add(in.readUTF());
      }
      if (in.read() != -1) {
        throw new IllegalArgumentException("a rejection does not end where its values end");
      }
      return new Rejection(rule, message, values);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a rejection: " + e.getMessage(), e);
    }
  }
}
