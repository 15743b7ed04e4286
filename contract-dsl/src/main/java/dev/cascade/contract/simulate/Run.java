package dev.cascade.contract.simulate;

import dev.cascade.contract.runtime.AutomaticAction;
import dev.cascade.contract.runtime.Discount;
import dev.cascade.contract.runtime.Event;
import dev.cascade.contract.runtime.Occasion;
import dev.cascade.contract.runtime.Value;
import dev.cascade.contract.runtime.Verdict;
import dev.cascade.contract.runtime.Views;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * One run of a scenario over the horizon, with its own random draws: the delays drawn per
 * certificate, the new business issued day by day (each issuance judged by the contract), and then
 * every part's fate worked out from its days alone, since parts do not affect each other once their
 * payment days are known: whether its holder finances it (the contract judges and prices it),
 * whether the contract marks it overdue at maturity, when it is paid or whether a default means it
 * never is. What that adds to each metric is kept in minor units and days ({@link Measured}). The
 * contract's verdicts come from the {@link Memo} when another run already asked the same.
 */
final class Run {

  /** A payment day that never comes: the payer defaulted first. */
  static final int NEVER = Integer.MAX_VALUE;

  private static final int NONE = -1;

  private final Book book;
  private final Plan plan;
  private final Rules rules;
  private final Memo memo;
  private final UniformRandomProvider random;
  private final int horizon;
  private final BigDecimal rate;
  private final int[] defaultDay;
  private final long[][] paidOn;
  private final long[][] outstandingOn;
  private final Measured measured;

  Run(Book book, Plan plan, Rules rules, Memo memo, UniformRandomProvider random) {
    this.book = book;
    this.plan = plan;
    this.rules = rules;
    this.memo = memo;
    this.random = random;
    this.horizon = plan.horizon();
    this.rate = book.rate.add(plan.shock());
    int parties = book.parties.size();
    this.defaultDay = new int[parties];
    Arrays.fill(defaultDay, NEVER);
    plan.defaults().forEach((name, day) -> defaultDay[book.party.get(name)] = day);
    this.paidOn = new long[parties][];
    this.outstandingOn = new long[parties][];
    this.measured = new Measured(book.tiers, horizon);
  }

  Measured run() {
    int[] payDay = new int[book.certificates.size()];
    for (int c = 0; c < payDay.length; c++) {
      payDay[c] = payDay(book.certificateIssuer.get(c), book.certificateMaturity.get(c));
      paid(book.certificateIssuer.get(c), payDay[c], book.certificateFace.get(c));
    }
    List<Issued> business = newBusiness();
    // one share of each kind, pointed at each part in turn: a run settles tens of thousands
    Held held = new Held();
    for (int i = 0; i < book.holdings.size(); i++) {
      settle(held.at(i), payDay[book.certificate[i]]);
    }
    Passed passed = new Passed();
    for (Issued issued : business) {
      for (int step = 0; step < book.patterns.get(issued.pattern()).steps().size(); step++) {
        settle(passed.at(issued, step), issued.payDay());
      }
    }
    return measured.done();
  }

  // ---- payments and defaults ------------------------------------------------------------------

  /**
   * The day the issuer pays a certificate falling due on {@code maturity}: then, or late by the
   * scenario's delay (drawn for this certificate when it is a range), never before the start; never
   * if the issuer defaults on or before that day.
   */
  private int payDay(int issuer, int maturity) {
    Plan.Delay delay = plan.delays().get(book.parties.get(issuer));
    int late = 0;
    if (delay != null) {
      late =
          delay.isFixed()
              ? delay.low()
              : delay.low() + random.nextInt(delay.high() - delay.low() + 1);
    }
    int day = Math.max(0, maturity + late);
    return defaultDay[issuer] <= day ? NEVER : day;
  }

  /** Records that the issuer pays {@code amount} on {@code day}: what it owes falls then. */
  private void paid(int issuer, int day, long amount) {
    if (day < horizon) {
      if (paidOn[issuer] == null) {
        paidOn[issuer] = new long[horizon];
      }
      paidOn[issuer][day] += amount;
    }
  }

  /** What the core enterprise owes on its open certificates on {@code day}. */
  private long outstanding(int core, int day) {
    long[] known = outstandingOn[core];
    return known != null && day >= 0 && day < horizon ? known[day] : book.outstanding[core];
  }

  // ---- new business ---------------------------------------------------------------------------

  /** A certificate of pattern {@code pattern} issued on {@code day}, and the day it is paid. */
  private record Issued(int pattern, int day, int payDay) {}

  /**
   * The certificates the core enterprises issue over the horizon. Each day a core enterprise issues
   * as many certificates as it did on an average day of the observation, scaled by the scenario's
   * volume (the fraction of one drawn), each a copy of one it issued then, drawn at random; not
   * after it defaulted, and never to a first holder that has. The contract judges each issuance
   * against the issuer's credit as it stands that day. Also works out what each core enterprise
   * owes day by day, for the views.
   */
  private List<Issued> newBusiness() {
    List<Issued> issued = new ArrayList<>();
    for (int core = 0; core < book.parties.size(); core++) {
      if (!book.isCore(core)) {
        continue;
      }
      long owed = book.outstanding[core];
      long[] byDay = new long[horizon];
      List<Integer> patterns = book.patternsOf.getOrDefault(core, List.of());
      // issuances a day, in millionths: observed ones × volume ÷ days observed
      long perDay =
          plan.volume()
              .multiply(java.math.BigDecimal.valueOf(patterns.size() * 1_000_000L))
              .divide(
                  java.math.BigDecimal.valueOf(book.behaviour.observation()),
                  0,
                  java.math.RoundingMode.HALF_EVEN)
              .longValueExact();
      for (int day = 0; day < horizon; day++) {
        owed -= paidOn[core] == null ? 0 : paidOn[core][day];
        byDay[day] = owed;
        if (defaultDay[core] <= day || patterns.isEmpty()) {
          continue;
        }
        long count =
            perDay / 1_000_000L + (random.nextLong(1_000_000L) < perDay % 1_000_000L ? 1 : 0);
        for (long n = 0; n < count; n++) {
          int pattern = patterns.get(random.nextInt(patterns.size()));
          Book.Pattern observed = book.patterns.get(pattern);
          if (defaultDay[observed.steps().get(0).holder()] <= day || !issues(pattern, day, owed)) {
            continue;
          }
          measured.issued();
          owed += observed.amount();
          byDay[day] = owed;
          int payDay = payDay(core, day + observed.tenor());
          paid(core, payDay, observed.amount());
          issued.add(new Issued(pattern, day, payDay));
        }
      }
      outstandingOn[core] = byDay;
    }
    return issued;
  }

  /**
   * Whether the contract lets the core enterprise issue the pattern again on {@code day}, having
   * {@code owed} on its open certificates: remembered across runs when its rules do not read that
   * amount, or answered from the amounts already tried when they refuse only more as it grows.
   */
  private boolean issues(int pattern, int day, long owed) {
    if (!rules.has(Event.ISSUE)) {
      return true;
    }
    boolean anyDay = rules.shiftInvariant(Event.ISSUE);
    boolean accepted;
    if (!rules.readsCreditUsed(Event.ISSUE)) {
      long decision = memo.issue(pattern, day, anyDay);
      if (!Memo.isKnown(decision)) {
        decision = Memo.known(judgeIssue(pattern, day, owed), false, 0);
        memo.issue(pattern, day, anyDay, decision);
      }
      accepted = Memo.accepted(decision);
    } else if (rules.issuesMonotone()) {
      int known = memo.issueAt(pattern, day, anyDay, owed);
      accepted = known == 0 ? judgeIssue(pattern, day, owed) : known > 0;
      if (known == 0) {
        memo.issueAt(pattern, day, anyDay, owed, accepted);
      }
    } else {
      accepted = judgeIssue(pattern, day, owed);
    }
    if (!accepted) {
      measured.issuanceRefused();
    }
    return accepted;
  }

  private boolean judgeIssue(int pattern, int day, long owed) {
    Book.Pattern observed = book.patterns.get(pattern);
    Book.Step first = observed.steps().get(0);
    String id = newId(pattern, day, 0);
    Rules.Part part =
        new Rules.Part(
            observed.issuer(),
            first.holder(),
            1,
            observed.amount(),
            day,
            day + observed.tenor(),
            "issued",
            false,
            false);
    Map<String, Value> operation =
        Map.of(
            "amount", book.moneyValue(observed.amount()), "invoice", new Value.Text("INV-" + id));
    return rules
        .decide(
            Occasion.of(Event.ISSUE),
            book.date(day),
            rules.views(book, id, Optional.empty(), part, "issue", operation, owed))
        .accepted();
  }

  /** The id of a part of new business: its pattern, the day it was issued, its step. */
  private String newId(int pattern, int day, int step) {
    return book.patterns
        .get(pattern)
        .certificate()
        .concat(book.dayNames[day])
        .concat(step < book.stepNames.length ? book.stepNames[step] : "/" + step);
  }

  // ---- the fate of each part ------------------------------------------------------------------

  /**
   * A part a run settles: one held at the start, or one of new business. It says what the contract
   * sees of it, and where its decisions are remembered.
   */
  private sealed interface Share permits Held, Passed {
    Rules.Part part();

    String id();

    Optional<String> parent();

    /** The day its holder has it: the start for a part held then. */
    int received();

    /** The day its holder expects payment without the scenario: held so far, the maturity. */
    boolean waitedSoFar();

    /** The decision in its slot; for a part of new business, that of any day's copy if so. */
    long remembered(Memo memo, int slot, boolean anyDay);

    void remember(Memo memo, int slot, boolean anyDay, long decision);
  }

  /** A part held at the start: holding {@code index} of the portfolio. */
  private final class Held implements Share {
    private int index;

    Held at(int index) {
      this.index = index;
      return this;
    }

    @Override
    public Rules.Part part() {
      return book.held[index];
    }

    @Override
    public String id() {
      return book.holdings.get(index).id();
    }

    @Override
    public Optional<String> parent() {
      return book.holdings.get(index).parent();
    }

    @Override
    public int received() {
      return 0;
    }

    @Override
    public boolean waitedSoFar() {
      return true;
    }

    @Override
    public long remembered(Memo memo, int slot, boolean anyDay) {
      return memo.holding(index, slot);
    }

    @Override
    public void remember(Memo memo, int slot, boolean anyDay, long decision) {
      memo.holding(index, slot, decision);
    }
  }

  /** Step {@code step} of a certificate of new business: the part its holder is passed. */
  private final class Passed implements Share {
    private Issued issued;
    private int step;

    Passed at(Issued issued, int step) {
      this.issued = issued;
      this.step = step;
      return this;
    }

    Book.Step step() {
      return book.patterns.get(issued.pattern()).steps().get(step);
    }

    @Override
    public Rules.Part part() {
      Book.Pattern pattern = book.patterns.get(issued.pattern());
      Book.Step passed = step();
      return new Rules.Part(
          pattern.issuer(),
          passed.holder(),
          passed.tier(),
          passed.amount(),
          issued.day(),
          issued.day() + pattern.tenor(),
          "accepted",
          false,
          false);
    }

    @Override
    public String id() {
      return newId(issued.pattern(), issued.day(), step);
    }

    @Override
    public Optional<String> parent() {
      return Optional.empty();
    }

    @Override
    public int received() {
      return issued.day() + step().lag();
    }

    @Override
    public boolean waitedSoFar() {
      return false;
    }

    @Override
    public long remembered(Memo memo, int slot, boolean anyDay) {
      return memo.part(issued.pattern(), issued.day(), anyDay, step, slot);
    }

    @Override
    public void remember(Memo memo, int slot, boolean anyDay, long decision) {
      memo.part(issued.pattern(), issued.day(), anyDay, step, slot, decision);
    }
  }

  /**
   * What a part comes to: a default, a financing when its holder cannot wait, an overdue mark at
   * maturity when it is not paid by then, and a cash gap for a supplier from maturity until it is
   * paid, unless it financed the part first.
   */
  private void settle(Share share, int payDay) {
    int received = share.received();
    if (received >= horizon) {
      return; // it reaches its holder after the horizon: nothing of it is seen
    }
    Rules.Part part = share.part();
    int tier = part.tier();
    int maturity = part.maturity();
    if (share instanceof Passed passed
        && tier > 1
        && defaultDay[passed.step().from()] <= received) {
      // whoever was to pay its supplier with this part that day has defaulted: the supplier is
      // not paid, and waits for that money from then on
      measured.defaulted(tier, part.amount(), received);
      measured.gap(tier, received, horizon, part.amount());
      return;
    }
    if (payDay == NEVER) {
      measured.defaulted(tier, part.amount(), maturity);
    }
    boolean supplier = !book.isBank[part.holder()];
    int financedOn = supplier ? financing(share, part, payDay) : NONE;
    boolean marked = false;
    if (payDay > maturity
        && maturity >= 0
        && maturity < horizon
        && !part.state().equals("overdue")
        && rules.has(Event.MATURITY)) {
      marked = mature(share, part, financedOn != NONE && financedOn <= maturity);
    }
    if (rules.hasDayRules()) {
      days(share, part, payDay, financedOn, marked);
    }
    if (supplier) {
      int from = Math.max(maturity, 0);
      int to = Math.min(payDay, horizon);
      if (financedOn != NONE) {
        to = Math.min(to, Math.max(financedOn, from));
      }
      measured.gap(tier, from, to, part.amount());
    }
  }

  /**
   * When a supplier finances the part: as soon as it holds it when the payment it expects is
   * further away than it can wait; or, when it did not see a delay coming, at maturity when the
   * payment is late by more than it can wait. A part held at the start was held without financing
   * so far: its holder accepted the wait until maturity, and finances only for a later payment.
   *
   * @return the day it was financed, or {@link #NONE}
   */
  private int financing(Share share, Rules.Part part, int payDay) {
    if (part.financed() || part.pledged() || part.state().equals("issued")) {
      return NONE;
    }
    int maturity = part.maturity();
    int received = share.received();
    int expected = book.behaviour.anticipate() ? payDay : maturity;
    if ((!share.waitedSoFar() || expected > maturity) && waits(expected, received, part.tier())) {
      int financed = finance(share, part, received, Memo.FINANCE_ON_RECEIPT);
      if (financed != NONE) {
        return financed;
      }
    }
    if (!book.behaviour.anticipate()
        && payDay > maturity
        && maturity >= 0
        && maturity < horizon
        && waits(payDay, maturity, part.tier())) {
      return finance(share, part, maturity, Memo.FINANCE_AT_MATURITY);
    }
    return NONE;
  }

  /**
   * Whether a holder at {@code tier} on {@code day} cannot wait for a payment on {@code payDay}.
   */
  private boolean waits(int payDay, int day, int tier) {
    return payDay == NEVER || (long) payDay - day > book.behaviour.patience(tier);
  }

  /**
   * The holder finances the part on {@code day} with the core enterprise's bank, at the banks' rate
   * plus the shock, if the contract accepts: the interest it charges is the financing cost.
   *
   * @return the day it was financed, or {@link #NONE}
   */
  private int finance(Share share, Rules.Part part, int day, int slot) {
    if (day >= horizon
        || defaultDay[part.holder()] <= day
        || book.financier[part.issuer()].isEmpty()) {
      return NONE;
    }
    long decision = recalled(share, slot, Event.FINANCE);
    if (!Memo.isKnown(decision)) {
      decision = kept(share, slot, Event.FINANCE, financed(share, part, day));
    }
    if (!Memo.accepted(decision)) {
      measured.financingRefused();
      return NONE;
    }
    measured.financed(part.tier(), Memo.interest(decision), day);
    return day;
  }

  private long financed(Share share, Rules.Part part, int day) {
    List<AutomaticAction> actions = List.of();
    if (rules.has(Event.FINANCE)) {
      Map<String, Value> operation =
          Views.finance(
              book.moneyValue(part.amount()),
              book.date(day),
              book.bankView(part.issuer()),
              rate,
              book.date(part.maturity()));
      Verdict verdict = judge(share, part, Event.FINANCE, "finance", operation, day);
      if (!verdict.accepted()) {
        return Memo.known(false, false, 0);
      }
      actions = verdict.actions();
    }
    Discount discount =
        Discount.of(actions, book.money(part.amount()), rate, (long) part.maturity() - day);
    return Memo.known(true, false, book.minor(discount.interest()));
  }

  /**
   * The maturity rules on a part not paid by the end of its maturity day.
   *
   * @param financedBefore whether the run financed it by then
   * @return whether the rules marked it overdue
   */
  private boolean mature(Share share, Rules.Part part, boolean financedBefore) {
    boolean financed = part.financed() || financedBefore;
    int slot = financed ? Memo.MATURE_FINANCED : Memo.MATURE;
    long decision = recalled(share, slot, Event.MATURITY);
    if (!Memo.isKnown(decision)) {
      Rules.Part due = asOf(part, financed, part.state());
      Verdict verdict = judge(share, due, Event.MATURITY, "maturity", Map.of(), part.maturity());
      decision = kept(share, slot, Event.MATURITY, Memo.known(true, marksOverdue(verdict), 0));
    }
    boolean marked = Memo.marked(decision) && part.state().equals("accepted");
    if (marked) {
      measured.overdue(part.tier(), part.maturity());
    }
    return marked;
  }

  /**
   * The decision remembered in the share's slot, if another run made it; none when the event's
   * rules read the issuer's credit as it stands in this run, which no other run shares.
   */
  private long recalled(Share share, int slot, Event event) {
    return rules.readsCreditUsed(event)
        ? 0
        : share.remembered(memo, slot, rules.shiftInvariant(event));
  }

  /** Remembers a decision for the runs after, when it can be; answers it. */
  private long kept(Share share, int slot, Event event, long decision) {
    if (!rules.readsCreditUsed(event)) {
      share.remember(memo, slot, rules.shiftInvariant(event), decision);
    }
    return decision;
  }

  /**
   * The time rules ({@code every day}, {@code N days before maturity}) on each day the part is open
   * within the horizon, when the contract has time rules that change what the simulation sees. As
   * on the ledger, each day sees the part as it stands then: financed (and held by the bank) from
   * the day it was, overdue from the day a rule marked it (the maturity rules run first on the
   * maturity day). A part is counted overdue once, whichever rule marked it.
   */
  private void days(Share share, Rules.Part part, int payDay, int financedOn, boolean marked) {
    boolean overdue = part.state().equals("overdue");
    int to = Math.min(payDay, horizon);
    for (int day = Math.max(part.issued(), 0); day < to; day++) {
      boolean financed = part.financed() || (financedOn != NONE && financedOn <= day);
      overdue |= marked && day >= part.maturity();
      Rules.Part now = asOf(part, financed, overdue ? "overdue" : part.state());
      if (marksOverdue(judge(share, now, null, "day", Map.of(), day)) && !overdue) {
        overdue = true;
        if (part.state().equals("accepted")) {
          measured.overdue(part.tier(), day);
        }
      }
    }
  }

  /** The part as it stands: financed (then held by the bank that financed it) and in a state. */
  private Rules.Part asOf(Rules.Part part, boolean financed, String state) {
    int holder = financed ? book.financier[part.issuer()].orElse(part.holder()) : part.holder();
    return new Rules.Part(
        part.issuer(),
        holder,
        part.tier(),
        part.amount(),
        part.issued(),
        part.maturity(),
        state,
        part.pledged(),
        financed);
  }

  private static boolean marksOverdue(Verdict verdict) {
    return verdict.actions().stream()
        .anyMatch(
            a ->
                a instanceof AutomaticAction.Mark mark
                    && mark.target().equals("certificate")
                    && mark.state().equals("overdue"));
  }

  /**
   * What a view says the issuer has used of its credit: what it owes that day when the event's
   * rules read it; else what it owed at the start, whose view is made once for every run.
   */
  private long creditUsed(int issuer, Event event, int day) {
    return event == null || rules.readsCreditUsed(event)
        ? outstanding(issuer, day)
        : book.outstanding[issuer];
  }

  /** The contract's verdict on the part on {@code day}: on an event, or a day passing (null). */
  private Verdict judge(
      Share share,
      Rules.Part part,
      Event event,
      String kind,
      Map<String, Value> operation,
      int day) {
    return rules.decide(
        event == null ? Occasion.day() : Occasion.of(event),
        book.date(day),
        rules.views(
            book,
            share.id(),
            share.parent(),
            part,
            kind,
            operation,
            creditUsed(part.issuer(), event, day)));
  }
}
