package dev.cascade.contract.cost;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A worst-case step count as a polynomial in n, the number of parts: {@code coefficients[k]} steps
 * per n<sup>k</sup>. Arithmetic saturates at {@link Long#MAX_VALUE}.
 */
public record Cost(long[] coefficients) {

  public static final Cost ZERO = new Cost(new long[] {0});
  public static final Cost ONE = new Cost(new long[] {1});

  /** n steps: one per part. */
  public static final Cost PER_PART = new Cost(new long[] {0, 1});

  public Cost plus(Cost other) {
    long[] sum = new long[Math.max(coefficients.length, other.coefficients.length)];
    for (int k = 0; k < sum.length; k++) {
      sum[k] = saturated(at(k), other.at(k), false);
    }
    return new Cost(sum);
  }

  /** This cost once per part. */
  public Cost perPart() {
    long[] shifted = new long[coefficients.length + 1];
    System.arraycopy(coefficients, 0, shifted, 1, coefficients.length);
    return new Cost(shifted);
  }

  /** The steps for lists of {@code parts} elements. */
  public long steps(long parts) {
    long total = 0;
    long power = 1;
    for (long coefficient : coefficients) {
      total = saturated(total, saturated(coefficient, power, true), false);
      power = saturated(power, parts, true);
    }
    return total;
  }

  private long at(int k) {
    return k < coefficients.length ? coefficients[k] : 0;
  }

  /** "12 + 9·parts + 3·parts²" */
  public String render() {
    List<String> terms = new ArrayList<>();
    for (int k = 0; k < coefficients.length; k++) {
      if (coefficients[k] != 0 || coefficients.length == 1) {
        terms.add(
            k == 0
                ? Long.toString(coefficients[k])
                : coefficients[k] + "·parts" + (k == 1 ? "" : superscript(k)));
      }
    }
    return terms.isEmpty() ? "0" : String.join(" + ", terms);
  }

  private static String superscript(int power) {
    String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    StringBuilder out = new StringBuilder();
    for (char c : Integer.toString(power).toCharArray()) {
      out.append(digits.charAt(c - '0'));
    }
    return out.toString();
  }

  private static long saturated(long a, long b, boolean multiply) {
    try {
      return multiply ? Math.multiplyExact(a, b) : Math.addExact(a, b);
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Cost c && Arrays.equals(trimmed(), c.trimmed());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(trimmed());
  }

  private long[] trimmed() {
    int length = coefficients.length;
    while (length > 1 && coefficients[length - 1] == 0) {
      length--;
    }
    return Arrays.copyOf(coefficients, length);
  }

  @Override
  public String toString() {
    return render();
  }
}
