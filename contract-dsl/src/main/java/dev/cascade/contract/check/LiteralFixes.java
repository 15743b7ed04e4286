package dev.cascade.contract.check;

import dev.cascade.contract.ast.Expression;
import dev.cascade.contract.runtime.Value;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What to write instead of a literal of the wrong kind: {@code 365} where a duration is needed is
 * {@code 365 days}, {@code 6} where a yearly rate is is {@code 6% per year}, {@code 1%} where a
 * yearly rate is is {@code 1% per year}, {@code "2026-12-31"} where a date is is the date without
 * its quotes. Only fixes RCL can follow: never a conversion of currencies.
 */
final class LiteralFixes {

  private static final Pattern UNQUOTED =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}|-?[0-9][0-9,]*(\\.[0-9]+)?( ?%( per (day|year))?| days?)?"
              + "|[A-Z]{3} -?[0-9][0-9,]*(\\.[0-9]+)?|true|false");

  private LiteralFixes() {}

  private static String percentage(java.math.BigDecimal fraction, Type.Quantity quantity) {
    return Value.Numeric.percentage(fraction, quantity.unit().period());
  }

  /** The literal {@code written} as {@code wanted} needs it, if it can be; as RCL writes it. */
  static Optional<String> fix(Expression written, Type wanted) {
    if (written instanceof Expression.NumberLiteral number
        && wanted instanceof Type.Quantity quantity) {
      String digits = number.value().toPlainString();
      if (quantity.isDuration() && number.value().stripTrailingZeros().scale() <= 0) {
        return Optional.of(digits + " days");
      }
      if (quantity.isRate() || quantity.isShare()) {
        return Optional.of(percentage(number.value().movePointLeft(2), quantity));
      }
      return Optional.empty();
    }
    if (written instanceof Expression.RateLiteral percent
        && wanted instanceof Type.Quantity quantity
        && (quantity.isRate() || quantity.isShare())) {
      return Optional.of(percentage(percent.fraction(), quantity));
    }
    if (written instanceof Expression.TextLiteral text
        && !(wanted instanceof Type.Text)
        && UNQUOTED.matcher(text.text().strip()).matches()) {
      return Optional.of(text.text().strip());
    }
    return Optional.empty();
  }
}
