package dev.cascade.ledger.chain;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link CanonicalWriter} wrote, refusing anything else: a length past the end, text
 * that is not UTF-8, or bytes left over.
 */
public final class CanonicalReader {

  private final ByteBuffer in;

  public CanonicalReader(byte[] bytes) {
    this.in = ByteBuffer.wrap(bytes);
  }

  public long number() {
    try {
      return in.getLong();
    } catch (BufferUnderflowException e) {
      throw new IllegalArgumentException("the bytes end inside a number");
    }
  }

  public byte[] bytes() {
    int length;
    try {
      length = in.getInt();
    } catch (BufferUnderflowException e) {
      throw new IllegalArgumentException("the bytes end inside a length");
    }
    if (length < 0 || length > in.remaining()) {
      throw new IllegalArgumentException("a length of " + length + " runs past the end");
    }
    byte[] value = new byte[length];
    in.get(value);
    return value;
  }

  public String text() {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("text that is not UTF-8");
    }
  }

  public boolean flag() {
    if (!in.hasRemaining()) {
      throw new IllegalArgumentException("the bytes end inside a flag");
    }
    byte value = in.get();
    if (value != 0 && value != 1) {
      throw new IllegalArgumentException("a flag of " + value + " is neither 0 nor 1");
    }
    return value == 1;
  }

  /** Every byte was read. */
  public void end() {
    if (in.hasRemaining()) {
      throw new IllegalArgumentException(in.remaining() + " bytes left over");
    }
  }
}
