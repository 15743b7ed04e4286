package dev.cascade.contract.diagnostic;

/**
 * Every diagnostic RCL can report. The English and Chinese texts live in the {@code messages}
 * bundles under the code's name ({@code E103}, {@code E103.hint}).
 */
public enum Code {
  // Syntax: the text is not RCL.
  E001_UNEXPECTED_INPUT,
  E002_UNKNOWN_CHARACTER,
  E003_UNTERMINATED_TEXT,
  E004_MISSING_INPUT,
  E005_BAD_INTERPOLATION,
  E006_BAD_DATE,
  E007_BAD_NUMBER,
  E008_TOO_DEEP,
  E009_INCOMPLETE_INTERPOLATION,
  E010_TOO_LONG,
  E011_MISSPELT_KEYWORD,
  E012_JOINED_KEYWORDS,
  E013_NOT_A_NAME_WORD,
  E014_FULL_WIDTH,
  E015_MISSING_ELSE,
  // Meaning: the text is RCL, but does not make sense.
  E101_UNKNOWN_CURRENCY,
  E102_CURRENCY_MISMATCH,
  E103_UNKNOWN_NAME,
  E104_UNKNOWN_FIELD,
  E105_OPERATOR_MISMATCH,
  E106_MONEY_VERSUS_NUMBER,
  E107_COMPARISON_MISMATCH,
  E108_WRONG_TYPE,
  E109_UNFINISHED_INTEREST,
  E110_DUPLICATE_RULE,
  E111_DUPLICATE_PARAMETER,
  E112_UNKNOWN_ROUNDING,
  E113_NOT_A_LIST,
  E114_NOT_NUMERIC,
  E115_NOT_SETTABLE,
  E116_UNKNOWN_STATE,
  E117_UNKNOWN_PARTY,
  E118_UNKNOWN_METRIC,
  E119_METRIC_NOT_MEASURED,
  E120_DUPLICATE_SCENARIO,
  E121_UNKNOWN_ACCRUAL,
  E122_NO_FIELDS,
  E123_NOT_FILLED,
  E124_NOT_SET,
  E125_SOMETIMES_SET,
  E126_WRONG_LITERAL,
  E127_BACKWARDS_RANGE,
  E128_TOO_SMALL,
  E129_HORIZON_TOO_SHORT,
  E130_NOT_ROUNDABLE,
  E131_BAD_STEP,
  E132_MIXED_LIST,
  E133_NOT_IN_LIST,
  E134_VALUES_DIFFER,
  E135_NAME_TAKEN,
  E136_ALWAYS_THERE,
  E137_UNKNOWN_CERTIFICATE_STATE,
  E138_UNKNOWN_STATISTIC,
  // Bounds: the contract is correct, but could take too long.
  E201_OVER_BOUND,
  // Evaluation: a rule could not be evaluated on an input (rcl explain, rcl test).
  E301_MISSING_INPUT,
  E302_DIVISION_BY_ZERO,
  E303_DATE_OUT_OF_RANGE,
  E304_EMPTY_LIST,
  E305_TOO_DEEP,
  E306_METRIC_IN_RULE,
  // Simulation: the scenario checks, but cannot run on this portfolio.
  E401_UNKNOWN_PARTY,
  E402_HORIZON_OUT_OF_RANGE,
  E403_TOO_MANY_RUNS,
  E404_NOT_A_PAYER,
  E405_NO_SUCH_TIER,
  // Warnings: the contract checks and runs, but something in it is likely a mistake.
  W001_UNUSED_PARAMETER,
  W002_UNTESTED_FIELD,
  W003_OTHER_CURRENCY,
  W004_UNUSED_NAMED_VALUE;

  /** A warning does not stop a contract from checking, compiling or being deployed. */
  public boolean isWarning() {
    return name().startsWith("W");
  }

  /** The short form shown to users and written in golden files: {@code E103}. */
  public String id() {
    return name().substring(0, 4);
  }

  public static Code byId(String id) {
    for (Code code : values()) {
      if (code.id().equals(id)) {
        return code;
      }
    }
    throw new IllegalArgumentException("no diagnostic " + id);
  }
}
