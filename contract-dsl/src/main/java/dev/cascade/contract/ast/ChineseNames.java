package dev.cascade.contract.ast;

import java.util.Map;

/**
 * The Chinese names of the states, parties and accruals actions name, and the English names a
 * contract holds them by: {@code 标记 certificate 逾期} marks it {@code overdue}, so every engine and
 * the ledger act on one name whatever language the contract is written in.
 */
public final class ChineseNames {

  private ChineseNames() {}

  public static final Map<String, String> STATES =
      Map.of(
          "逾期", "overdue",
          "已逾期", "overdue",
          "已违约", "defaulted",
          "已冻结", "frozen",
          "争议", "disputed",
          "有争议", "disputed");

  public static final Map<String, String> PARTIES =
      Map.of(
          "持有人", "holder",
          "签发人", "issuer",
          "原始签发人", "root issuer",
          "担保人", "guarantor",
          "银行", "bank",
          "监管机构", "regulator");

  /**
   * The views as {@code 存在} names them: {@code 担保人} is the guarantor, as it is for {@code 通知}; the
   * others are always there, and named so that saying so is the diagnostic.
   */
  public static final Map<String, String> VIEWS =
      Map.of("担保人", "guarantor", "凭证", "certificate", "交易", "operation", "拆分部分", "parts");

  public static final Map<String, String> ACCRUALS = Map.of("利息", "interest", "罚息", "penalty");

  /** {@code name} in English, when it is one of {@code names}' Chinese ones. */
  public static Contract.Name english(Contract.Name name, Map<String, String> names) {
    String english = names.get(name.text());
    return english == null ? name : new Contract.Name(english, name.span());
  }
}
