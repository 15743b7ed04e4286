package dev.cascade.contract.ast;

import java.util.Collections;
import java.util.LinkedHashMap;
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

  /**
   * The states {@code certificate.state} holds, as a contract compares it with them: the ledger's
   * lifecycle, which {@code mark} does not set but for overdue. The first name of a state is the
   * one diagnostics show.
   */
  public static final Map<String, String> CERTIFICATE_STATES =
      orderedMap(
          "已签发", "issued",
          "已承兑", "accepted",
          "逾期", "overdue",
          "已逾期", "overdue",
          "已兑付", "settled",
          "已结清", "settled",
          "已作废", "cancelled",
          "已撤销", "cancelled",
          "已流转", "superseded");

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

  /** The Chinese name of a state {@code certificate.state} holds, as diagnostics show it. */
  public static String chineseState(String english) {
    return CERTIFICATE_STATES.entrySet().stream()
        .filter(name -> name.getValue().equals(english))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(english);
  }

  private static Map<String, String> orderedMap(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }

  /** {@code name} in English, when it is one of {@code names}' Chinese ones. */
  public static Contract.Name english(Contract.Name name, Map<String, String> names) {
    String english = names.get(name.text());
    return english == null ? name : new Contract.Name(english, name.span());
  }
}
