package dev.cascade.contract.source;

import java.util.ArrayList;
import java.util.List;

/** An RCL source text and the name diagnostics call it by (usually its path). */
public record SourceFile(String name, String text) {

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
