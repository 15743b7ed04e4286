package dev.cascade.ledger.simulation;

import dev.cascade.contract.simulate.Portfolio;
import dev.cascade.ledger.application.Fork;
import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.application.Operation;
import dev.cascade.ledger.application.TransactionIndex;
import dev.cascade.ledger.domain.certificate.Certificate;
import dev.cascade.ledger.domain.enterprise.Enterprise;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A node's portfolio as the simulator takes it, read from a {@link Fork} of the node's state: the
 * registered enterprises (in the order they were registered, with their roles), the credit lines
 * banks granted core enterprises, and every open part of every certificate (issued, accepted or
 * overdue) in the programme's currency, in id order. It starts on the fork's block day.
 *
 * <p>A part's state says who holds it, at which tier and what it descends from. What it does not
 * keep is read from the chain, found through the transaction index: when its holder received it
 * (the block day of the last transaction that gave it to its holder: its issue, the whole transfer
 * or financing of it, or the split or partial transfer of its parent that made it); for a financed
 * part, the finance operation itself (bank, yearly rate, date) and who signed it; and its lineage,
 * every enterprise that held it or one of its ancestors before its holder, from tier 1, once each
 * (the holders of its ancestors, and the signers of the transfers that passed them and it on).
 */
public final class PortfolioExport {

  /** A part's own transactions that give it to a holder (a transfer of an open part is whole). */
  private static final Set<String> GIVE =
      Set.of(Operation.Issue.EVENT, Operation.Transfer.EVENT, Operation.Finance.EVENT);

  /** Its parent's transactions that make parts (the last one made it: it superseded the parent). */
  private static final Set<String> MAKE = Set.of(Operation.Split.EVENT, Operation.Transfer.EVENT);

  private static final Set<String> TRANSFER = Set.of(Operation.Transfer.EVENT);
  private static final Set<String> FINANCE = Set.of(Operation.Finance.EVENT);
  private static final Set<String> REGISTER = Set.of(Operation.Register.EVENT);

  private static final Comparator<TransactionIndex.Indexed> IN_CHAIN_ORDER =
      Comparator.comparing(
          TransactionIndex.Indexed::at,
          Comparator.comparingLong(Ledger.Location::height)
              .thenComparingInt(Ledger.Location::index));

  private final Fork fork;
  private final TransactionIndex index;
  private final String currency;
  private final Map<String, Certificate> certificates = new HashMap<>();
  private final List<Certificate> open = new ArrayList<>();

  /**
   * @param currency the programme's currency: a portfolio is in one, and parts in another are no
   *     part of it
   */
  public PortfolioExport(Fork fork, TransactionIndex index, String currency) {
    this.fork = fork;
    this.index = index;
    this.currency = currency;
    for (Certificate certificate : fork.certificates()) {
      certificates.put(certificate.id(), certificate);
      if (!certificate.state().isFinal()
          && certificate.amount().currency().getCurrencyCode().equals(currency)) {
        open.add(certificate);
      }
    }
  }

  /** How many holdings the portfolio has, counted without reading the chain. */
  public int size() {
    return open.size();
  }

  /**
   * @throws IllegalStateException when the ledger has no block yet, or its index misses a
   *     transaction the state shows happened
   */
  public Portfolio portfolio() {
    List<Enterprise> enterprises = fork.enterprises();
    Set<String> subjects = new HashSet<>();
    enterprises.forEach(e -> subjects.add(e.name()));
    open.forEach(part -> subjects.addAll(path(part)));
    History history = new History(index.about(subjects, fork.height()));
    Map<Ledger.Location, Operation> financings =
        fork.operations(
            open.stream()
                .filter(Certificate::financed)
                .map(part -> history.financing(part).at())
                .toList());
    return new Portfolio(
        fork.day().orElseThrow(() -> new IllegalStateException("the ledger has no block yet")),
        currency,
        enterprises.stream()
            .sorted(Comparator.comparing(history::registration, IN_CHAIN_ORDER))
            .map(e -> new Portfolio.Party(e.name(), roles(e)))
            .toList(),
        fork.creditLines().stream()
            .filter(line -> line.limit().currency().getCurrencyCode().equals(currency))
            .map(line -> new Portfolio.CreditLine(line.bank(), line.core(), line.limit().amount()))
            .toList(),
        open.stream().map(part -> holding(part, history, financings)).toList());
  }

  private Portfolio.Holding holding(
      Certificate part, History history, Map<Ledger.Location, Operation> financings) {
    List<String> path = path(part);
    return new Portfolio.Holding(
        part.id(),
        path.get(0),
        part.parentId(),
        part.rootIssuer(),
        part.holder(),
        part.tier(),
        part.amount().amount(),
        part.issued(),
        part.maturity(),
        fork.date(history.received(part).time()),
        part.state().name().toLowerCase(Locale.ROOT),
        lineage(part, path, history),
        part.financed()
            ? Optional.of(financed(history.financing(part), financings))
            : Optional.empty(),
        part.pledgee());
  }

  private static Portfolio.Financing financed(
      TransactionIndex.Indexed transaction, Map<Ledger.Location, Operation> financings) {
    Operation.Finance finance = (Operation.Finance) financings.get(transaction.at());
    return new Portfolio.Financing(
        finance.bank(), transaction.signer(), finance.yearlyRate(), finance.date());
  }

  /** The ids from the certificate the core enterprise issued down to {@code part}. */
  private List<String> path(Certificate part) {
    List<String> path = new ArrayList<>();
    for (Optional<Certificate> at = Optional.of(part);
        at.isPresent();
        at = at.get().parentId().map(certificates::get)) {
      path.add(0, at.get().id());
    }
    return path;
  }

  private List<String> lineage(Certificate part, List<String> path, History history) {
    Set<String> holders = new LinkedHashSet<>();
    for (String id : path) {
      history.of(id, TRANSFER).forEach(transfer -> holders.add(transfer.signer()));
      if (!id.equals(part.id())) {
        holders.add(certificates.get(id).holder());
      }
    }
    holders.remove(part.holder());
    return List.copyOf(holders);
  }

  private static List<String> roles(Enterprise enterprise) {
    return EnumSet.copyOf(enterprise.roles()).stream()
        .map(role -> role.name().toLowerCase(Locale.ROOT))
        .toList();
  }

  /** The indexed transactions about the portfolio's parts and parties, by subject. */
  private record History(Map<String, List<TransactionIndex.Indexed>> bySubject) {

    History(List<TransactionIndex.Indexed> found) {
      this(found.stream().collect(Collectors.groupingBy(TransactionIndex.Indexed::subject)));
    }

    /** The transactions of {@code kinds} about {@code subject}, in chain order. */
    List<TransactionIndex.Indexed> of(String subject, Set<String> kinds) {
      return bySubject.getOrDefault(subject, List.of()).stream()
          .filter(t -> kinds.contains(t.operation()))
          .sorted(IN_CHAIN_ORDER)
          .toList();
    }

    Optional<TransactionIndex.Indexed> last(String subject, Set<String> kinds) {
      List<TransactionIndex.Indexed> all = of(subject, kinds);
      return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    TransactionIndex.Indexed received(Certificate part) {
      return Stream.of(last(part.id(), GIVE), part.parentId().flatMap(parent -> last(parent, MAKE)))
          .flatMap(Optional::stream)
          .max(IN_CHAIN_ORDER)
          .orElseThrow(() -> missing("the transaction that gave " + part.id() + " its holder"));
    }

    /** A part is financed once. */
    TransactionIndex.Indexed financing(Certificate part) {
      return last(part.id(), FINANCE).orElseThrow(() -> missing("the financing of " + part.id()));
    }

    TransactionIndex.Indexed registration(Enterprise enterprise) {
      return last(enterprise.name(), REGISTER)
          .orElseThrow(() -> missing("the registration of " + enterprise.name()));
    }

    private static IllegalStateException missing(String what) {
      return new IllegalStateException(
          "the transaction index does not show " + what + ", which the state says happened");
    }
  }
}
