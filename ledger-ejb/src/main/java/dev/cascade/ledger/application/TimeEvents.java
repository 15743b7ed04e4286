package dev.cascade.ledger.application;

import dev.cascade.contract.runtime.AutomaticAction;
import dev.cascade.contract.runtime.Event;
import dev.cascade.contract.runtime.Occasion;
import dev.cascade.ledger.domain.Change;
import dev.cascade.ledger.domain.certificate.Certificate;
import dev.cascade.ledger.domain.certificate.CertificateState;
import dev.cascade.ledger.validation.ProgrammeRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Time passing on the ledger. When a block falls on a later day than the last one handled, every
 * day in between is over: for each open certificate the contract's {@code maturity} rules run the
 * day its maturity date is over, and its day rules ({@code every day}, {@code N days before
 * maturity}) run for each day. {@code mark certificate overdue} marks it, and its {@code overdue}
 * rules run then; the other actions are recorded. All of it is one follow-up transaction in the
 * block, so a replay needs no contract and no clock.
 */
final class TimeEvents {

  /** How many days one block catches up at most; a longer outage catches up over several. */
  static final int MAX_DAYS = 31;

  private final WorldState state;
  private final Function<Certificate, ProgrammeRules> rules;

  TimeEvents(WorldState state, Function<Certificate, ProgrammeRules> rules) {
    this.state = state;
    this.rules = rules;
  }

  /** The follow-up for the days over before {@code today}; empty when no day has passed. */
  Optional<FollowUp> pass(LocalDate today) {
    Optional<LocalDate> last = state.clock();
    if (last.isPresent() && !today.isAfter(last.get())) {
      return Optional.empty();
    }
    List<Change> changes = new ArrayList<>();
    List<String> actions = new ArrayList<>();
    LocalDate reached = today;
    if (last.isPresent()) {
      Map<String, Certificate> changed = new TreeMap<>();
      LocalDate day = last.get();
      for (int n = 0; n < MAX_DAYS && day.isBefore(today); n++, day = day.plusDays(1)) {
        for (Certificate certificate : state.certificates()) {
          Certificate current = changed.getOrDefault(certificate.id(), certificate);
          if (!current.state().isFinal()) {
            changed.put(current.id(), dayOver(current, day, actions));
          }
        }
      }
      reached = day;
      changed.values().stream()
          .filter(c -> c.state() != state.certificate(c.id()).orElseThrow().state())
          .forEach(c -> changes.add(new Change.CertificateChanged(c)));
    }
    changes.add(new Change.ClockAdvanced(reached));
    return Optional.of(new FollowUp("day " + reached, "", actions, changes));
  }

  /** The certificate after {@code day} is over. */
  private Certificate dayOver(Certificate certificate, LocalDate day, List<String> actions) {
    Certificate result = certificate;
    if (certificate.maturity().equals(day) && certificate.state() != CertificateState.OVERDUE) {
      result = run(result, Occasion.of(Event.MATURITY), day, actions);
    }
    return run(result, Occasion.day(), day, actions);
  }

  private Certificate run(
      Certificate certificate, Occasion occasion, LocalDate day, List<String> actions) {
    String prefix = day + " " + certificate.id() + ": ";
    ProgrammeRules contract = rules.apply(certificate);
    return contract
        .decide(
            new ContractInput(state, contract.reads("guarantor"))
                .forTime(certificate, occasion, day))
        .fold(
            rejection -> {
              actions.add(prefix + rejection.message());
              return certificate;
            },
            verdict -> {
              Certificate result = certificate;
              for (AutomaticAction action : verdict.actions()) {
                actions.add(prefix + action.render());
                if (action instanceof AutomaticAction.Mark mark
                    && mark.target().equals("certificate")
                    && mark.state().equals("overdue")
                    && result.state() == CertificateState.ACCEPTED) {
                  result = result.markOverdue();
                }
              }
              return becameOverdue(certificate, result, occasion)
                  ? run(result, Occasion.of(Event.OVERDUE), day, actions)
                  : result;
            });
  }

  /** A certificate marked overdue by a rule raises the {@code overdue} event that day. */
  private static boolean becameOverdue(Certificate before, Certificate after, Occasion occasion) {
    return after.state() == CertificateState.OVERDUE
        && before.state() != CertificateState.OVERDUE
        && !occasion.equals(Occasion.of(Event.OVERDUE));
  }
}
