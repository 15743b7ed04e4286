package dev.cascade.ledger.domain.certificate;

import dev.cascade.ledger.domain.InvariantViolation;
import dev.cascade.ledger.domain.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A digital receivable certificate: the core enterprise's promise to pay {@code amount} at {@code
 * maturity} to whoever holds it then. It is accepted by its first holder, transferred up the supply
 * chain (the tier counts the hops from the core enterprise), split into parts that conserve its
 * value exactly, financed by a bank (which then holds it), pledged and released, and settled at
 * maturity. Every part keeps its lineage: the root issuer and the certificate it came from.
 *
 * <p>Instances are immutable; each operation returns the certificates as they are afterwards, or
 * throws an {@link InvariantViolation} and changes nothing. A certificate stays bound to the
 * programme contract (its id) it was issued under, and so do its parts.
 */
public record Certificate(
    String id,
    String programme,
    String rootIssuer,
    String holder,
    Money amount,
    LocalDate issued,
    LocalDate maturity,
    CertificateState state,
    Optional<String> parentId,
    int tier,
    Optional<String> pledgee,
    boolean financed) {

  static final String HOLDER_ONLY = "only the holder moves a certificate";
  static final String CONSERVED = "value is conserved through every split and transfer";
  public static final String FINAL = "nothing happens to a settled or cancelled certificate";
  public static final String ONWARDS = "a transfer goes to another enterprise";
  static final String ENCUMBERED = "a pledged or financed part is not pledged or financed again";

  /** A new certificate issued by a core enterprise to its tier-1 supplier. */
  public static Certificate issue(
      String id,
      String programme,
      String coreEnterprise,
      String supplier,
      Money amount,
      LocalDate issued,
      LocalDate maturity) {
    if (!amount.isPositive()) {
      throw new InvariantViolation(
          CONSERVED, "a certificate is issued for a positive amount, not " + amount);
    }
    if (!maturity.isAfter(issued)) {
      throw new InvariantViolation(
          "maturity after issue",
          "maturity " + maturity + " must be after the issue date " + issued);
    }
    return new Certificate(
        id,
        programme,
        coreEnterprise,
        supplier,
        amount,
        issued,
        maturity,
        CertificateState.ISSUED,
        Optional.empty(),
        1,
        Optional.empty(),
        false);
  }

  public Certificate accept(String by) {
    holderActs(by);
    requireState(CertificateState.ISSUED, "accepted");
    return withState(CertificateState.ACCEPTED);
  }

  public Certificate cancel(String by) {
    open();
    if (!by.equals(rootIssuer)) {
      throw new InvariantViolation(
          HOLDER_ONLY, by + " cannot cancel a certificate " + rootIssuer + " issued");
    }
    requireState(CertificateState.ISSUED, "cancelled");
    return withState(CertificateState.CANCELLED);
  }

  /**
   * Splits into parts that add up to the face value exactly; this certificate is superseded by
   * them.
   *
   * @param partIds one new id per part
   * @return this certificate superseded, then the parts in order
   */
  public List<Certificate> split(String by, List<Money> parts, List<String> partIds) {
    movable(by);
    if (parts.size() < 2 || parts.size() != partIds.size()) {
      throw new InvariantViolation(
          CONSERVED,
          "a split makes two or more parts, each with a new id: "
              + parts.size()
              + " parts and "
              + partIds.size()
              + " ids given");
    }
    Money sum = parts.get(0);
    for (Money part : parts) {
      if (!part.isPositive()) {
        throw new InvariantViolation(CONSERVED, "every part of a split is positive, not " + part);
      }
    }
    for (Money part : parts.subList(1, parts.size())) {
      sum = sum.plus(part);
    }
    if (sum.compareTo(amount) != 0) {
      throw new InvariantViolation(
          CONSERVED, "the parts add up to " + sum + ", the certificate is " + amount);
    }
    List<Certificate> result = new ArrayList<>();
    result.add(withState(CertificateState.SUPERSEDED));
    for (int i = 0; i < parts.size(); i++) {
      result.add(part(partIds.get(i), holder, parts.get(i), tier));
    }
    return result;
  }

  /**
   * Transfers the whole certificate, or a part of it (splitting off that part), to the next tier.
   *
   * @param partIds for a partial transfer: the id of the transferred part and of the rest
   * @return the whole certificate transferred; or this superseded, the transferred part, the rest
   */
  public List<Certificate> transfer(String by, String to, Money transferred, List<String> partIds) {
    movable(by);
    if (to.equals(holder)) {
      throw new InvariantViolation(ONWARDS, holder + " already holds " + id);
    }
    int whole = transferred.compareTo(amount);
    if (whole == 0) {
      return List.of(held(to, tier + 1, financed));
    }
    if (whole > 0 || !transferred.isPositive()) {
      throw new InvariantViolation(
          CONSERVED,
          "a transfer moves between nothing and the whole " + amount + ", not " + transferred);
    }
    if (partIds.size() != 2) {
      throw new InvariantViolation(
          CONSERVED,
          "a partial transfer names two new ids, the part moved and the rest, not " + partIds);
    }
    Money rest = amount.minus(transferred);
    return List.of(
        withState(CertificateState.SUPERSEDED),
        part(partIds.get(0), to, transferred, tier + 1),
        part(partIds.get(1), holder, rest, tier));
  }

  /** A bank discounts the certificate and holds it from then on. */
  public Certificate finance(String by, String bank) {
    movable(by);
    return held(bank, tier, true);
  }

  public Certificate pledge(String by, String to) {
    movable(by);
    return pledgedTo(Optional.of(to));
  }

  public Certificate release(String by) {
    open();
    if (pledgee.isEmpty() || !pledgee.get().equals(by)) {
      throw new InvariantViolation(
          "only the pledgee releases", by + " does not hold a pledge on " + id);
    }
    return pledgedTo(Optional.empty());
  }

  /** Paid at maturity to whoever holds it now. */
  public Certificate settle() {
    open();
    if (state != CertificateState.ACCEPTED && state != CertificateState.OVERDUE) {
      throw new InvariantViolation(FINAL, id + " is " + state + " and cannot be settled");
    }
    return withState(CertificateState.SETTLED);
  }

  public Certificate markOverdue() {
    open();
    return withState(CertificateState.OVERDUE);
  }

  /** The holder acts on an accepted, unencumbered certificate. */
  private void movable(String by) {
    holderActs(by);
    requireState(CertificateState.ACCEPTED, "moved");
    if (pledgee.isPresent() || financed) {
      throw new InvariantViolation(
          ENCUMBERED,
          id
              + " is "
              + (financed ? "financed" : "pledged to " + pledgee.get())
              + " and cannot be moved, pledged or financed");
    }
  }

  private void holderActs(String by) {
    open();
    if (!by.equals(holder)) {
      throw new InvariantViolation(
          HOLDER_ONLY, by + " does not hold " + id + "; " + holder + " does");
    }
  }

  private void open() {
    if (state.isFinal()) {
      throw new InvariantViolation(
          FINAL, id + " is " + state.name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  private void requireState(CertificateState required, String what) {
    if (state != required) {
      throw new InvariantViolation(
          "lifecycle order", id + " is " + state + " and cannot be " + what);
    }
  }

  /** This certificate held by {@code newHolder}: transferred whole, or financed. */
  private Certificate held(String newHolder, int newTier, boolean nowFinanced) {
    return new Certificate(
        id,
        programme,
        rootIssuer,
        newHolder,
        amount,
        issued,
        maturity,
        state,
        parentId,
        newTier,
        pledgee,
        nowFinanced);
  }

  private Certificate pledgedTo(Optional<String> newPledgee) {
    return new Certificate(
        id,
        programme,
        rootIssuer,
        holder,
        amount,
        issued,
        maturity,
        state,
        parentId,
        tier,
        newPledgee,
        financed);
  }

  private Certificate withState(CertificateState next) {
    return new Certificate(
        id,
        programme,
        rootIssuer,
        holder,
        amount,
        issued,
        maturity,
        next,
        parentId,
        tier,
        pledgee,
        financed);
  }

  private Certificate part(String partId, String partHolder, Money partAmount, int partTier) {
    return new Certificate(
        partId,
        programme,
        rootIssuer,
        partHolder,
        partAmount,
        issued,
        maturity,
        CertificateState.ACCEPTED,
        Optional.of(id),
        partTier,
        Optional.empty(),
        false);
  }
}
