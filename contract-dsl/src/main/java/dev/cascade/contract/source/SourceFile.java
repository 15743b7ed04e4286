package dev.cascade.contract.source;

import java.util.ArrayList;
import java.util.List;

/** An RCL source text and the name diagnostics call it by (usually its path). */
public record SourceFile(String name, String text) {

  private static final String BYTE_ORDER_MARK = "\uFEFF";

  /** Editors on Windows often start UTF-8 files with a byte-order mark; it is not content. */
  public static String withoutByteOrderMark(String text) {
    return text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
  }

  /** The text of a 1-based line, without its line break; empty past the end. */
  public String line(int number) {
    List<String> lines = lines();
    return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
  }

  private List<String> lines() {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(text.substring(start, i).replace("\r", ""));
        start = i + 1;
      }
    }
    lines.add(text.substring(start).replace("\r", ""));
    return lines;
  }
}
