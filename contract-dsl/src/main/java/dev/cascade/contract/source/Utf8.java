package dev.cascade.contract.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads an RCL file as UTF-8, and says where it is not. */
public final class Utf8 {

  private Utf8() {}

  /** A file that is not UTF-8, and the line and column of its first byte that is not. */
  public static final class NotUtf8 extends IOException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    NotUtf8(int line, int column, int value) {
      super(
          "not UTF-8 text (byte 0x"
              + String.format(Locale.ROOT, "%02X", value)
              + "); save the file as UTF-8, not GBK or another encoding");
      this.line = line;
      this.column = column;
    }

    public int line() {
      return line;
    }

    public int column() {
      return column;
    }
  }

  /**
   * The file's text, without a byte-order mark.
   *
   * @throws NotUtf8 at the first byte that is not UTF-8
   */
  public static String read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      String before = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
      int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
      String last = before.substring(before.lastIndexOf('\n') + 1);
      int column = last.codePointCount(0, last.length()) + 1;
      throw new NotUtf8(line, column, bytes[in.position()] & 0xFF);
    }
    decoder.flush(out);
    return SourceFile.withoutByteOrderMark(out.flip().toString());
  }
}
