package dev.cascade.ledger.application;

import dev.cascade.contract.compile.ContractId;
import dev.cascade.ledger.crypto.HashAlgorithm;
import dev.cascade.ledger.domain.Effect;
import dev.cascade.ledger.domain.certificate.CertificateHandlers;
import dev.cascade.ledger.domain.credit.CreditHandlers;
import dev.cascade.ledger.domain.document.DocumentHandlers;
import dev.cascade.ledger.domain.document.TradeDocument;
import dev.cascade.ledger.domain.enterprise.EnterpriseHandlers;
import dev.cascade.ledger.domain.programme.ContractChecker;
import dev.cascade.ledger.domain.programme.ProgrammeHandlers;
import java.time.LocalDate;

/**
 * Hands each kind of operation to its handler in the domain, over the world state's ports, and says
 * what it does ({@link Effect}); it reads the state and writes nothing. The same state and
 * operation give the same effect on every node, which is also how a chain is replayed.
 */
final class OperationHandlers {

  private final EnterpriseHandlers enterprises;
  private final DocumentHandlers documents;
  private final CreditHandlers credit;
  private final ProgrammeHandlers programmes;
  private final CertificateHandlers certificates;

  /** The domain's handlers over {@code state}'s ports, made once for every transaction. */
  OperationHandlers(WorldState state, HashAlgorithm hash, ContractChecker checker) {
    this.enterprises = new EnterpriseHandlers(state);
    this.documents = new DocumentHandlers(state, state, hash);
    this.credit = new CreditHandlers(state, state);
    this.programmes = new ProgrammeHandlers(state, checker);
    this.certificates = new CertificateHandlers(state, state, state, state, state);
  }

  /**
   * What {@code operation}, signed by {@code signer} and judged on the block day {@code today},
   * does.
   *
   * @throws dev.cascade.ledger.domain.InvariantViolation naming the rule it breaks
   */
  Effect handle(Operation operation, String signer, LocalDate today) {
    return operation.dispatch(new Handling(signer, today));
  }

  /** Whether {@code signer}'s {@code operation} is the first registration, which founds it. */
  static boolean founds(WorldState state, String signer, Operation operation) {
    return operation instanceof Operation.Register register
        && EnterpriseHandlers.founds(state, signer, register.name(), register.roles());
  }

  /** One operation's handling: the visitor, one method per kind of operation. */
  private final class Handling implements Operation.Visitor<Effect> {
    private final String signer;
    private final LocalDate today;

    Handling(String signer, LocalDate today) {
      this.signer = signer;
      this.today = today;
    }

    @Override
    public Effect register(Operation.Register register) {
      return Effect.of(
          enterprises.register(
              signer, register.name(), register.taxId(), register.roles(), register.publicKey()));
    }

    @Override
    public Effect approve(Operation.Approve approve) {
      return Effect.of(enterprises.approve(signer, approve.name()));
    }

    @Override
    public Effect credit(Operation.GrantCredit grant) {
      return Effect.of(credit.grant(signer, grant.core(), grant.limit()));
    }

    @Override
    public Effect anchor(Operation.Anchor anchor) {
      return Effect.of(
          documents.anchor(
              signer,
              new TradeDocument(
                  anchor.documentId(),
                  anchor.kind(),
                  anchor.number(),
                  anchor.seller(),
                  anchor.sellerTaxId(),
                  anchor.buyer(),
                  anchor.amount(),
                  anchor.date(),
                  anchor.contentHash(),
                  "")));
    }

    @Override
    public Effect deploy(Operation.Deploy deploy) {
      return Effect.of(programmes.deploy(signer, ContractId.of(deploy.source()), deploy.source()));
    }

    @Override
    public Effect issue(Operation.Issue issue) {
      return certificates.issue(
          signer,
          today,
          issue.certificateId(),
          issue.supplier(),
          issue.invoiceId(),
          issue.amount(),
          issue.issued(),
          issue.maturity());
    }

    @Override
    public Effect accept(Operation.Accept accept) {
      return certificates.accept(signer, accept.certificateId());
    }

    @Override
    public Effect cancel(Operation.Cancel cancel) {
      return certificates.cancel(signer, cancel.certificateId());
    }

    @Override
    public Effect transfer(Operation.Transfer transfer) {
      return certificates.transfer(
          signer, transfer.certificateId(), transfer.to(), transfer.amount(), transfer.newIds());
    }

    @Override
    public Effect split(Operation.Split split) {
      return certificates.split(signer, split.certificateId(), split.parts(), split.newIds());
    }

    @Override
    public Effect finance(Operation.Finance finance) {
      return certificates.finance(
          signer, today, finance.certificateId(), finance.bank(), finance.date());
    }

    @Override
    public Effect pledge(Operation.Pledge pledge) {
      return certificates.pledge(signer, pledge.certificateId(), pledge.pledgee());
    }

    @Override
    public Effect release(Operation.Release release) {
      return certificates.release(signer, release.certificateId());
    }

    @Override
    public Effect pay(Operation.Pay pay) {
      return certificates.pay(signer, pay.certificateId());
    }
  }
}
