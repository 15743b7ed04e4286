package dev.cascade.contract.runtime;

import java.util.Locale;

/** The things a contract can look at. */
public enum EntityKind {
  CERTIFICATE("凭证"),
  OPERATION("交易"),
  PARTY("参与方"),
  PART("拆分部分");

  private final String chinese;

  EntityKind(String chinese) {
    this.chinese = chinese;
  }

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** As a contract written in Chinese names it, and as its diagnostics do. */
  public String chinese() {
    return chinese;
  }
}
