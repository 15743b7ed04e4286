package dev.cascade.ledger.domain.certificate;

import dev.cascade.ledger.domain.Change;
import dev.cascade.ledger.domain.Effect;
import dev.cascade.ledger.domain.Identifiers;
import dev.cascade.ledger.domain.InvariantViolation;
import dev.cascade.ledger.domain.Money;
import dev.cascade.ledger.domain.credit.CreditBook;
import dev.cascade.ledger.domain.document.DocumentHandlers;
import dev.cascade.ledger.domain.document.Documents;
import dev.cascade.ledger.domain.document.TradeDocument;
import dev.cascade.ledger.domain.enterprise.Enterprises;
import dev.cascade.ledger.domain.enterprise.Parties;
import dev.cascade.ledger.domain.enterprise.Role;
import dev.cascade.ledger.domain.programme.Contracts;
import dev.cascade.ledger.domain.programme.ProgrammeHandlers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operations on certificates, one method each: who may do it and what it changes. The rules of
 * a single certificate (only the holder moves it, value is conserved, nothing happens to a final
 * one) are the {@link Certificate}'s own; the rules across the ledger are here: the parties' roles,
 * the anchored invoice behind an issuance and used once, fresh ids for new parts, the core
 * enterprise's outstanding total, and a payment settling every open part descending from the
 * certificate paid.
 */
public final class CertificateHandlers {

  public static final String EXISTS = "the certificate exists";
  public static final String INVOICE_ONCE = "an invoice backs at most one issuance or financing";
  public static final String CORE_PAYS = "only the core enterprise pays";
  public static final String DATED = "dates agree with the block day";

  private final Certificates certificates;
  private final Parties parties;
  private final Documents documents;
  private final CreditBook credit;
  private final Contracts contracts;

  public CertificateHandlers(
      Certificates certificates,
      Enterprises enterprises,
      Documents documents,
      CreditBook credit,
      Contracts contracts) {
    this.certificates = certificates;
    this.parties = new Parties(enterprises);
    this.documents = documents;
    this.credit = credit;
    this.contracts = contracts;
  }

  /**
   * {@code signer}, a core enterprise, issues a certificate to its supplier against an anchored
   * invoice from that supplier to it, under the programme's current contract. It is issued no later
   * than {@code today}, the block day, and matures after it, so its maturity events lie ahead.
   */
  public Effect issue(
      String signer,
      LocalDate today,
      String id,
      String supplier,
      String invoiceId,
      Money amount,
      LocalDate issued,
      LocalDate maturity) {
    if (issued.isAfter(today)) {
      throw new InvariantViolation(DATED, "the issue date " + issued + " is after today, " + today);
    }
    if (!maturity.isAfter(today)) {
      throw new InvariantViolation(
          DATED, "the maturity " + maturity + " is not after today, " + today);
    }
    Identifiers.requireId("the certificate id", id);
    parties.acting(signer, Role.CORE, "issues certificates");
    parties.acting(supplier, Role.SUPPLIER, "receives certificates");
    if (certificates.certificate(id).isPresent()) {
      throw new InvariantViolation(Identifiers.UNIQUE, id + " exists already");
    }
    String programme =
        contracts
            .current()
            .orElseThrow(
                () ->
                    new InvariantViolation(
                        ProgrammeHandlers.DEPLOYED, "no contract is deployed yet"));
    TradeDocument invoice = invoice(invoiceId, signer, supplier, amount);
    Certificate certificate =
        Certificate.issue(id, programme, signer, supplier, amount, issued, maturity);
    return Effect.of(
        certificate,
        List.of(
            new Change.CertificateChanged(certificate),
            new Change.InvoiceUsed(invoice.fingerprint(), invoice.id()),
            outstanding(signer, amount)));
  }

  /** The anchored invoice from {@code supplier} to {@code core} that may back {@code amount}. */
  private TradeDocument invoice(String invoiceId, String core, String supplier, Money amount) {
    TradeDocument invoice =
        documents
            .document(invoiceId)
            .filter(d -> d.kind() == TradeDocument.Kind.INVOICE)
            .orElseThrow(
                () ->
                    new InvariantViolation(
                        DocumentHandlers.ANCHORED, "there is no anchored invoice " + invoiceId));
    if (!invoice.buyer().equals(core) || !invoice.seller().equals(supplier)) {
      throw new InvariantViolation(
          DocumentHandlers.ANCHORED,
          "invoice "
              + invoice.number()
              + " is from "
              + invoice.seller()
              + " to "
              + invoice.buyer()
              + ", not from "
              + supplier
              + " to "
              + core);
    }
    if (!invoice.amount().currency().equals(amount.currency())
        || invoice.amount().compareTo(amount) < 0) {
      throw new InvariantViolation(
          DocumentHandlers.ANCHORED,
          "invoice " + invoice.number() + " is for " + invoice.amount() + " only");
    }
    if (documents.invoiceUsed(invoice.fingerprint())) {
      throw new InvariantViolation(
          INVOICE_ONCE,
          "invoice "
              + invoice.number()
              + " of "
              + invoice.seller()
              + " already backs a certificate");
    }
    return invoice;
  }

  public Effect accept(String signer, String id) {
    Certificate current = current(id);
    return Effect.successors(current, List.of(current.accept(signer)));
  }

  /** Cancelled before acceptance: its amount no longer counts against the issuer's credit. */
  public Effect cancel(String signer, String id) {
    Certificate current = current(id);
    Money zero = Money.zero(current.amount().currency());
    return Effect.of(
        current,
        List.of(
            new Change.CertificateChanged(current.cancel(signer)),
            outstanding(current.rootIssuer(), zero.minus(current.amount()))));
  }

  public Effect transfer(String signer, String id, String to, Money amount, List<String> newIds) {
    Certificate current = current(id);
    parties.registered(to);
    unused(newIds);
    return Effect.successors(current, current.transfer(signer, to, amount, newIds));
  }

  public Effect split(String signer, String id, List<Money> parts, List<String> newIds) {
    Certificate current = current(id);
    unused(newIds);
    return Effect.successors(current, current.split(signer, parts, newIds));
  }

  /**
   * {@code bank} finances the certificate {@code signer} holds, dated {@code date}: the block day
   * {@code today} or the day before (a submission made just before midnight), never a chosen date
   * that would change the interest.
   */
  public Effect finance(String signer, LocalDate today, String id, String bank, LocalDate date) {
    if (date.isAfter(today) || date.isBefore(today.minusDays(1))) {
      throw new InvariantViolation(
          DATED, "a financing is dated the day it happens, " + today + ", not " + date);
    }
    Certificate current = current(id);
    parties.acting(bank, Role.BANK, "finances certificates");
    return Effect.successors(current, List.of(current.finance(signer, bank)));
  }

  public Effect pledge(String signer, String id, String pledgee) {
    Certificate current = current(id);
    parties.registered(pledgee);
    return Effect.successors(current, List.of(current.pledge(signer, pledgee)));
  }

  public Effect release(String signer, String id) {
    Certificate current = current(id);
    return Effect.successors(current, List.of(current.release(signer)));
  }

  /** Settles every open certificate descending from the one paid, whoever holds it. */
  public Effect pay(String signer, String id) {
    Certificate paid = current(id);
    if (!signer.equals(paid.rootIssuer())) {
      throw new InvariantViolation(CORE_PAYS, signer + " did not issue " + paid.id());
    }
    List<Certificate> all = certificates.certificates();
    Map<String, Certificate> byId = new HashMap<>();
    all.forEach(c -> byId.put(c.id(), c));
    List<Change> changes = new ArrayList<>();
    List<Payout> payouts = new ArrayList<>();
    Money total = Money.zero(paid.amount().currency());
    for (Certificate certificate : all) {
      if (descends(certificate, paid.id(), byId) && !certificate.state().isFinal()) {
        changes.add(new Change.CertificateChanged(certificate.settle()));
        payouts.add(new Payout(certificate.id(), certificate.holder(), certificate.amount()));
        total = total.plus(certificate.amount());
      }
    }
    if (changes.isEmpty()) {
      throw new InvariantViolation(Certificate.FINAL, paid.id() + " has no open part left to pay");
    }
    changes.add(outstanding(paid.rootIssuer(), Money.zero(total.currency()).minus(total)));
    return new Effect(Optional.of(paid), changes, payouts);
  }

  private static boolean descends(
      Certificate certificate, String ancestor, Map<String, Certificate> byId) {
    Optional<Certificate> current = Optional.of(certificate);
    while (current.isPresent()) {
      if (current.get().id().equals(ancestor)) {
        return true;
      }
      current = current.get().parentId().map(byId::get);
    }
    return false;
  }

  /** The certificate an operation acts on, as it is now. */
  private Certificate current(String id) {
    return certificates
        .certificate(id)
        .orElseThrow(() -> new InvariantViolation(EXISTS, "there is no certificate " + id));
  }

  /** The core enterprise's outstanding total after a change of {@code delta}. */
  private Change outstanding(String core, Money delta) {
    return new Change.OutstandingChanged(
        core, credit.creditUsed(core, delta.currency()).plus(delta));
  }

  private void unused(List<String> ids) {
    Identifiers.requireDistinctIds("the new id", ids);
    for (String id : ids) {
      if (certificates.certificate(id).isPresent()) {
        throw new InvariantViolation(Identifiers.UNIQUE, id + " exists already");
      }
    }
  }
}
