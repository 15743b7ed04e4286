package dev.cascade.contract.parse;

import dev.cascade.contract.runtime.Occasion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * Every keyword as written, English and Chinese: what a misspelt word is compared with. The lexer
 * grammar is the truth; a test holds this list to it.
 */
public final class Keywords {

  private Keywords() {}

  public static final List<String> ENGLISH =
      List.of(
          "contract",
          "version",
          "currency",
          "rounding",
          "parameters",
          "rule",
          "when",
          "if",
          "then",
          "let",
          "else",
          "issue",
          "accept",
          "transfer",
          "split",
          "finance",
          "pledge",
          "release",
          "maturity",
          "payment",
          "overdue",
          "every",
          "per",
          "before",
          "reject",
          "mark",
          "notify",
          "accrue",
          "set",
          "to",
          "settle",
          "freeze",
          "scenario",
          "given",
          "payments",
          "by",
          "delayed",
          "between",
          "defaults",
          "on",
          "rates",
          "shocked",
          "volume",
          "scaled",
          "horizon",
          "runs",
          "seed",
          "measure",
          "expect",
          "tier",
          "and",
          "or",
          "not",
          "sum",
          "count",
          "min",
          "max",
          "rounded",
          "of",
          "any",
          "all",
          "in",
          "has",
          "there",
          "is",
          "true",
          "false",
          "today",
          "days",
          "day",
          "year");

  public static final List<String> CHINESE =
      List.of(
          "合约", "版本", "币种", "舍入", "参数", "规则", "当", "如果", "则", "令", "否则", "签发", "承兑", "转让", "拆分",
          "融资", "质押", "解押", "到期前", "到期", "兑付", "逾期", "每", "之前", "拒绝", "标记", "通知", "计提", "设置", "为",
          "结算", "冻结", "情景", "假设", "付款", "由", "延迟", "介于", "违约", "于", "利率", "冲击", "业务量", "缩放", "期限",
          "运行", "种子", "度量", "预期", "层级", "且", "或", "非", "合计", "计数", "最小", "最大", "取整", "之", "任一",
          "所有", "属于", "满足", "存在", "真", "假", "今天", "天", "年");

  private static final Map<Integer, String> CHINESE_BY_TYPE = byType(CHINESE);
  private static final Map<Integer, String> ENGLISH_BY_TYPE = byType(ENGLISH);

  /** The keyword's token type, as the lexer reads the word; empty for a word that is none. */
  static Optional<Integer> type(String word) {
    RclLexer lexer = new RclLexer(CharStreams.fromString(word));
    lexer.removeErrorListeners();
    Token token = lexer.nextToken();
    boolean whole = token.getText().equals(word) && lexer.nextToken().getType() == Token.EOF;
    return whole && token.getType() != RclLexer.IDENT
        ? Optional.of(token.getType())
        : Optional.empty();
  }

  /** The Chinese form of a keyword token ({@code 如果} for {@code if}), if it has one. */
  static Optional<String> chinese(int type) {
    return Optional.ofNullable(CHINESE_BY_TYPE.get(type));
  }

  /** The English form of a keyword in either language: {@code finance} for {@code 融资}. */
  public static Optional<String> english(String word) {
    return type(word).map(ENGLISH_BY_TYPE::get);
  }

  /**
   * The occasion a word names, in either language: {@code finance} or {@code 融资}, and {@code day}
   * or {@code 天} for the time rules.
   */
  public static Optional<Occasion> occasion(String word) {
    Optional<Occasion> english = Occasion.byWord(word);
    if (english.isPresent()) {
      return english;
    }
    Optional<String> translated = english(word.strip());
    if (translated.filter(w -> w.equals("days") || w.equals("every")).isPresent()) {
      return Optional.of(Occasion.day());
    }
    return translated.flatMap(Occasion::byWord);
  }

  private static Map<Integer, String> byType(List<String> words) {
    Map<Integer, String> byType = new HashMap<>();
    words.forEach(word -> type(word).ifPresent(type -> byType.putIfAbsent(type, word)));
    return byType;
  }
}
