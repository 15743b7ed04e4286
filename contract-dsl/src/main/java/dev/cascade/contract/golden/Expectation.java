package dev.cascade.contract.golden;

import dev.cascade.contract.diagnostic.Code;
import dev.cascade.contract.diagnostic.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An expected diagnostic on a line: {@code # error: E106 comparing money with a bare number} (the
 * English message) or {@code # 错误: E106 不能将金额与不带币种的数字比较} (the Chinese one). The message is
 * optional; the code is not.
 */
record Expectation(int line, Code code, Optional<String> message, Messages language) {

  private static final Pattern ERROR =
      Pattern.compile("#\\s*(error|错误|warning|警告):\\s*([EW]\\d{3})\\s*(.*)$");

  /**
   * Expectations refer to their own line; a comment-only expectation right under another one (the
   * same diagnostic in the other language) refers to the same line as that one.
   */
  static List<Expectation> in(String text) {
    List<Expectation> expectations = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    int previousTarget = -1;
    for (int i = 0; i < lines.length; i++) {
      Matcher matcher = ERROR.matcher(lines[i]);
      if (!matcher.find()) {
        previousTarget = -1;
        continue;
      }
      boolean commentOnly = lines[i].strip().startsWith("#");
      int target = commentOnly && previousTarget > 0 ? previousTarget : i + 1;
      boolean chinese = matcher.group(1).equals("错误") || matcher.group(1).equals("警告");
      Messages language = chinese ? Messages.chinese() : Messages.english();
      String message = matcher.group(3).strip();
      expectations.add(
          new Expectation(
              target,
              Code.byId(matcher.group(2)),
              message.isEmpty() ? Optional.empty() : Optional.of(message),
              language));
      previousTarget = target;
    }
    return expectations;
  }
}
