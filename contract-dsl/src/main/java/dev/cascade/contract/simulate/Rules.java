package dev.cascade.contract.simulate;

import dev.cascade.contract.Engine;
import dev.cascade.contract.ast.Action;
import dev.cascade.contract.ast.Expression;
import dev.cascade.contract.ast.Rule;
import dev.cascade.contract.ast.Trigger;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.check.Type;
import dev.cascade.contract.runtime.Event;
import dev.cascade.contract.runtime.Input;
import dev.cascade.contract.runtime.Occasion;
import dev.cascade.contract.runtime.Value;
import dev.cascade.contract.runtime.Verdict;
import dev.cascade.contract.runtime.Views;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The programme's rules as a simulation runs them: compiled and verified exactly as a validator
 * loads them, but only the rules whose effects a simulation can see. A rule that only notifies or
 * accrues changes no metric and no later rule's input, so it need not run: an {@code every day}
 * penalty accrual would otherwise be one evaluation per part per day of the horizon per run. The
 * rules kept are evaluated in the contract's own order; which occasions still have rules tells the
 * simulator which evaluations to skip altogether.
 */
final class Rules {

  /**
   * The events whose rules decide what a simulation measures: issuing new business, financing, and
   * maturity (where a part not paid is marked overdue). Rules on the {@code overdue} event run on a
   * validator, but nothing they do (notify, accrue, freeze) changes a metric.
   */
  private static final Set<Event> RAISED = EnumSet.of(Event.ISSUE, Event.FINANCE, Event.MATURITY);

  private final Function<Input, Verdict> contract;
  private final Set<Event> events = EnumSet.noneOf(Event.class);
  private final boolean dayRules;
  private final boolean readsGuarantor;
  private final Set<Event> readCreditUsed = EnumSet.noneOf(Event.class);
  private final Set<Event> shiftVariant = EnumSet.noneOf(Event.class);
  private final boolean issuesMonotone;
  private final int kept;
  private final int dropped;

  Rules(CheckedContract checked, String source) {
    List<Rule> relevant = checked.contract().rules().stream().filter(Rules::seen).toList();
    this.contract = Engine.COMPILED.prepare(checked.withRules(relevant), source);
    boolean days = false;
    for (Rule rule : relevant) {
      if (rule.trigger() instanceof Trigger.OnEvent on) {
        events.add(on.event());
      } else {
        days = true;
      }
    }
    this.dayRules = days;
    this.readsGuarantor = checked.viewsRead().contains("guarantor");
    for (Rule rule : relevant) {
      if (rule.trigger() instanceof Trigger.OnEvent on) {
        if (rule.expressions().anyMatch(e -> isPath(e, "credit used"))) {
          readCreditUsed.add(on.event());
        }
        if (rule.expressions().anyMatch(e -> fixedInTime(checked, e))) {
          shiftVariant.add(on.event());
        }
      }
    }
    List<Rule> issuing =
        relevant.stream()
            .filter(r -> r.trigger() instanceof Trigger.OnEvent on && on.event() == Event.ISSUE)
            .toList();
    this.issuesMonotone =
        Monotone.rejectsUpward(
            issuing, rule -> rule.expressions().anyMatch(e -> isPath(e, "credit used")));
    this.kept = relevant.size();
    this.dropped = checked.contract().rules().size() - relevant.size();
  }

  /**
   * Whether a simulation can see what the rule does: it is triggered by an event the simulator
   * raises, or by time, and it rejects, sets a field a later rule or the financing reads, or
   * changes a certificate's state.
   */
  private static boolean seen(Rule rule) {
    boolean raised = !(rule.trigger() instanceof Trigger.OnEvent on) || RAISED.contains(on.event());
    boolean effective =
        rule.actions().stream()
            .anyMatch(
                action ->
                    action instanceof Action.Reject
                        || action instanceof Action.SetField
                        || action instanceof Action.Mark
                        || action instanceof Action.Settle
                        || action instanceof Action.Freeze);
    return raised && effective;
  }

  private static boolean isPath(Expression expression, String field) {
    return expression instanceof Expression.Path path && path.text().endsWith(field);
  }

  /**
   * Whether the expression ties a decision to a day of the calendar or to a part's name: a date
   * written out or given as a parameter, or an id (a part of new business is named after the day it
   * was issued). Without such expressions, the rules decide alike for the same part shifted in
   * time, since they can only compare its dates and count the days between them.
   */
  private static boolean fixedInTime(CheckedContract checked, Expression expression) {
    if (expression instanceof Expression.DateLiteral) {
      return true;
    }
    if (!(expression instanceof Expression.Path path)) {
      return false;
    }
    String text = path.text();
    boolean parameter =
        path.segments().size() == 1
            && checked.contract().parameters().stream().anyMatch(p -> p.name().text().equals(text));
    Type type = parameter ? checked.typeOf(path) : null;
    boolean dateParameter =
        type instanceof Type.Date
            || type instanceof Type.ListOf list && list.element() instanceof Type.Date;
    return dateParameter
        || text.endsWith(" id")
        || text.endsWith(".id")
        || text.endsWith("invoice");
  }

  boolean has(Event event) {
    return events.contains(event);
  }

  /**
   * Whether the issue rules that read the issuer's credit used only refuse more as it grows ({@link
   * Monotone}): then an issuance decided at one amount answers for smaller or larger ones.
   */
  boolean issuesMonotone() {
    return issuesMonotone;
  }

  /**
   * Whether the event's rules decide alike for a part of new business whatever the day it was
   * issued (see {@link #fixedInTime}): then one decision serves every day's copy.
   */
  boolean shiftInvariant(Event event) {
    return !shiftVariant.contains(event);
  }

  /**
   * Whether the event's rules read what the issuer has used of its credit: that changes day by day
   * and run by run, so their verdicts cannot be remembered from one run for another.
   */
  boolean readsCreditUsed(Event event) {
    return readCreditUsed.contains(event);
  }

  /** Whether time rules ({@code every day}, {@code N days before maturity}) must run daily. */
  boolean hasDayRules() {
    return dayRules;
  }

  int kept() {
    return kept;
  }

  int dropped() {
    return dropped;
  }

  /**
   * The contract's verdict; a rule that cannot be evaluated (a division by zero, a field its
   * occasion lacks) refuses the operation, as on a validator.
   */
  Verdict decide(Occasion occasion, LocalDate today, Map<String, Value> views) {
    try {
      return contract.apply(new Input(occasion, today, views));
    } catch (dev.cascade.contract.runtime.EvaluationError e) {
      return new Verdict(
          Optional.of(
              new Verdict.Rejection("the contract can evaluate the operation", e.getMessage())),
          List.of(),
          List.of());
    }
  }

  /**
   * The views every occasion sees for a part: the certificate, with its issuer and holder in their
   * places; the guarantor when the contract reads it; and the operation.
   */
  Map<String, Value> views(
      Book book,
      String id,
      Optional<String> parent,
      Part part,
      String kind,
      Map<String, Value> operation,
      long creditUsed) {
    Value.Entity issuer = book.issuerView(part.issuer(), creditUsed);
    Value.Entity holder = book.linkView(part.holder(), part.tier());
    Value.Entity certificate =
        Views.certificate(
            new Views.CertificateFacts(
                id,
                book.moneyValue(part.amount()),
                book.date(part.issued()),
                book.date(part.maturity()),
                part.state(),
                part.tier(),
                part.pledged(),
                part.financed(),
                parent),
            issuer,
            holder);
    Value.Entity happening = Views.operation(kind, operation);
    if (readsGuarantor && book.guarantorView.isPresent()) {
      return Map.of(
          "certificate",
          certificate,
          "operation",
          happening,
          "guarantor",
          book.guarantorView.get());
    }
    return Map.of("certificate", certificate, "operation", happening);
  }

  /**
   * What the contract sees of a part, besides its id: its facts as they stand on the day it is
   * judged.
   *
   * @param issued the day it was issued, counted from the start, like every day here
   * @param state as the ledger names it: {@code issued}, {@code accepted}, {@code overdue}, {@code
   *     settled}
   */
  record Part(
      int issuer,
      int holder,
      int tier,
      long amount,
      int issued,
      int maturity,
      String state,
      boolean pledged,
      boolean financed) {}
}
