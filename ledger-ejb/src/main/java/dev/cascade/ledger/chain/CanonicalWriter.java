package dev.cascade.ledger.chain;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The one byte encoding that is hashed and signed: fixed field order, big-endian lengths and
 * numbers, UTF-8 text, decimals as unscaled digits and scale. The same value gives the same bytes
 * on every node.
 */
public final class CanonicalWriter {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  public CanonicalWriter text(String value) {
    return bytes(value.getBytes(StandardCharsets.UTF_8));
  }

  public CanonicalWriter number(long value) {
    out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
    return this;
  }

  /** {@code 1505500.00} is "150550000" and 2: CNY 1.00 and CNY 1.0 are different encodings. */
  public CanonicalWriter decimal(BigDecimal value) {
    text(value.unscaledValue().toString());
    return number(value.scale());
  }

  public CanonicalWriter flag(boolean value) {
    out.write(value ? 1 : 0);
    return this;
  }

  public CanonicalWriter bytes(byte[] value) {
    out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(value.length).array());
    out.writeBytes(value);
    return this;
  }

  public byte[] toBytes() {
    return out.toByteArray();
  }
}
