package dev.cascade.contract.bench;

import dev.cascade.contract.runtime.AutomaticAction;
import dev.cascade.contract.runtime.CompiledContract;
import dev.cascade.contract.runtime.Context;
import dev.cascade.contract.runtime.Event;
import dev.cascade.contract.runtime.Input;
import dev.cascade.contract.runtime.Unit;
import dev.cascade.contract.runtime.Value;
import dev.cascade.contract.runtime.Verdict;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The rules of examples/programme.rcl written by hand in Java against the same views, producing the
 * same verdicts: the benchmark's measure of what compiled code should approach.
 */
public final class HandWrittenProgramme implements CompiledContract {

  private static final Unit CNY = Unit.money("CNY");
  private static final Value MINIMUM_SPLIT = new Value.Numeric(new BigDecimal("1000.00"), CNY);
  private static final Value MAXIMUM_TENOR =
      new Value.Numeric(new BigDecimal("180"), Unit.DURATION);
  private static final Value DISCOUNT_BASIS = new Value.Numeric(new BigDecimal("360"), Unit.NUMBER);
  private static final Value NOTICE_PERIOD = new Value.Numeric(new BigDecimal("5"), Unit.DURATION);

  @Override
  public String contractId() {
    return "hand-written";
  }

  @Override
  public Verdict evaluate(Input input) {
    Context context = Context.of(input);
    Event event = input.occasion().event().orElse(null);
    if (event == Event.ISSUE) {
      issue(context);
    } else if (event == Event.SPLIT) {
      split(context);
    } else if (event == Event.FINANCE) {
      finance(context);
    } else if (event == Event.MATURITY) {
      maturity(context);
    } else if (event == null) {
      day(context);
    }
    return context.verdict();
  }

  private static void issue(Context context) {
    context.startRule();
    LocalDate maturity = date(context, "certificate.maturity", "maturity");
    LocalDate issued = date(context, "certificate.issued", "issued");
    long tenor = ChronoUnit.DAYS.between(issued, maturity);
    context.bind("maximum tenor", MAXIMUM_TENOR);
    if (tenor > 180) {
      context.reject("tenor limit", "tenor " + tenor + " days exceeds 180 days");
      context.fire("tenor limit");
      return;
    }
    context.pass("tenor limit");
    context.startRule();
    Value.Entity issuer = (Value.Entity) certificate(context).fields().get("issuer");
    BigDecimal used = decimal(issuer.fields().get("credit used"));
    BigDecimal amount = decimal(certificate(context).fields().get("amount"));
    BigDecimal line = decimal(issuer.fields().get("credit line"));
    context.bind("certificate.issuer.credit used", issuer.fields().get("credit used"));
    context.bind("certificate.amount", certificate(context).fields().get("amount"));
    context.bind("certificate.issuer.credit line", issuer.fields().get("credit line"));
    if (used.add(amount).compareTo(line) > 0) {
      context.reject(
          "credit line",
          "issuing "
              + money(amount)
              + " would exceed the credit line of "
              + money(line)
              + " ("
              + money(used)
              + " used)");
      context.fire("credit line");
    } else {
      context.pass("credit line");
    }
  }

  private static void split(Context context) {
    context.startRule();
    List<Value> parts = ((Value.ListValue) context.name("parts", 0, 0)).elements();
    BigDecimal sum = BigDecimal.ZERO;
    for (Value part : parts) {
      sum = sum.add(decimal(((Value.Entity) part).fields().get("amount")));
    }
    BigDecimal amount = decimal(certificate(context).fields().get("amount"));
    context.bind("parts.amount", amounts(parts));
    context.bind("certificate.amount", certificate(context).fields().get("amount"));
    if (sum.compareTo(amount) != 0) {
      context.reject(
          "split conserves face value",
          "a split must conserve the face value: parts add up to "
              + money(sum)
              + ", the certificate is "
              + money(amount));
      context.fire("split conserves face value");
      return;
    }
    context.pass("split conserves face value");
    context.startRule();
    context.bind("parts", context.name("parts", 0, 0));
    for (Value part : parts) {
      Value partAmount = ((Value.Entity) part).fields().get("amount");
      if (decimal(partAmount).compareTo(new BigDecimal("1000.00")) < 0) {
        context.bind("part.amount", partAmount);
        context.bind("minimum split", MINIMUM_SPLIT);
        context.reject("minimum split", "every part must be at least CNY 1,000.00");
        context.fire("minimum split");
        return;
      }
    }
    context.pass("minimum split");
  }

  private static void finance(Context context) {
    context.startRule();
    Value.Entity operation = (Value.Entity) context.name("operation", 0, 0);
    LocalDate date = ((Value.DateValue) operation.fields().get("date")).date();
    context.bind("operation.date", operation.fields().get("date"));
    LocalDate maturity = date(context, "certificate.maturity", "maturity");
    if (!date.isBefore(maturity)) {
      context.reject(
          "no financing after maturity",
          "a certificate cannot be financed on or after its maturity " + maturity);
      context.fire("no financing after maturity");
      return;
    }
    context.pass("no financing after maturity");
    context.startRule();
    Value amount = operation.fields().get("amount");
    Value rate = operation.fields().get("rate");
    Value days = operation.fields().get("days");
    context.bind("operation.amount", amount);
    context.bind("operation.rate", rate);
    context.bind("operation.days", days);
    context.bind("discount basis", DISCOUNT_BASIS);
    BigDecimal interest =
        decimal(amount)
            .multiply(decimal(rate))
            .multiply(decimal(days))
            .divide(new BigDecimal("360"), MathContext.DECIMAL128)
            .setScale(2, RoundingMode.HALF_EVEN);
    Value interestValue = new Value.Numeric(interest, CNY);
    context.act(
        new AutomaticAction.SetField("discount interest", "operation.interest", interestValue));
    context.fire("discount interest");
    context.startRule();
    context.bind("operation.amount", amount);
    context.bind("operation.interest", interestValue);
    Value proceeds = new Value.Numeric(decimal(amount).subtract(interest), CNY);
    context.act(new AutomaticAction.SetField("discount proceeds", "operation.proceeds", proceeds));
    context.fire("discount proceeds");
  }

  private static void maturity(Context context) {
    context.startRule();
    Value paid = certificate(context).fields().get("paid");
    context.bind("certificate.paid", paid);
    if (!((Value.Bool) paid).value()) {
      context.act(new AutomaticAction.Mark("overdue at maturity", "certificate", "overdue"));
      context.act(new AutomaticAction.Notify("overdue at maturity", "guarantor"));
      context.fire("overdue at maturity");
    } else {
      context.pass("overdue at maturity");
    }
  }

  private static void day(Context context) {
    LocalDate maturity = ((Value.DateValue) certificate(context).fields().get("maturity")).date();
    if (ChronoUnit.DAYS.between(context.todayDate(), maturity) == 5) {
      context.startRule();
      context.act(new AutomaticAction.Notify("maturity notice", "holder"));
      context.fire("maturity notice");
    }
    context.startRule();
    Value state = certificate(context).fields().get("state");
    context.bind("certificate.state", state);
    if (((Value.Text) state).text().equals("overdue")) {
      Value amount = certificate(context).fields().get("amount");
      context.bind("certificate.amount", amount);
      context.bind(
          "penalty rate",
          new Value.Numeric(
              new BigDecimal("0.0005"), Unit.rate(dev.cascade.contract.runtime.Period.DAY)));
      Value today = context.today();
      context.bind("certificate.maturity", certificate(context).fields().get("maturity"));
      long late = ChronoUnit.DAYS.between(maturity, ((Value.DateValue) today).date());
      BigDecimal penalty =
          decimal(amount)
              .multiply(new BigDecimal("0.0005"))
              .multiply(BigDecimal.valueOf(late))
              .setScale(2, RoundingMode.HALF_EVEN);
      context.act(
          new AutomaticAction.Accrue(
              "overdue penalty", "penalty", new Value.Numeric(penalty, CNY)));
      context.fire("overdue penalty");
    } else {
      context.pass("overdue penalty");
    }
  }

  private static Value.Entity certificate(Context context) {
    return (Value.Entity) context.name("certificate", 0, 0);
  }

  private static LocalDate date(Context context, String path, String field) {
    Value value = certificate(context).fields().get(field);
    context.bind(path, value);
    return ((Value.DateValue) value).date();
  }

  private static Value amounts(List<Value> parts) {
    return new Value.ListValue(
        parts.stream().map(p -> ((Value.Entity) p).fields().get("amount")).toList());
  }

  private static BigDecimal decimal(Value value) {
    return ((Value.Numeric) value).value();
  }

  private static String money(BigDecimal amount) {
    return new Value.Numeric(amount, CNY).render();
  }
}
