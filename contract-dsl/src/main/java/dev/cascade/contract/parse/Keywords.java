package dev.cascade.contract.parse;

import java.util.List;

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
          "of",
          "any",
          "all",
          "in",
          "has",
          "true",
          "false",
          "today",
          "days",
          "day",
          "year");

  public static final List<String> CHINESE =
      List.of(
          "合约", "版本", "币种", "舍入", "参数", "规则", "当", "如果", "则", "签发", "承兑", "转让", "拆分", "融资", "质押",
          "解押", "到期", "兑付", "逾期", "每", "之前", "拒绝", "标记", "通知", "计提", "设置", "为", "结算", "冻结", "情景",
          "假设", "付款", "由", "延迟", "介于", "违约", "于", "利率", "冲击", "业务量", "缩放", "期限", "运行", "种子", "度量",
          "预期", "层级", "且", "或", "非", "合计", "计数", "最小", "最大", "之", "任一", "所有", "属于", "满足", "真", "假",
          "今天", "天", "年");
}
