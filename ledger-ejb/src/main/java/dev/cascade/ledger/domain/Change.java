package dev.cascade.ledger.domain;

import dev.cascade.ledger.domain.certificate.Certificate;
import dev.cascade.ledger.domain.credit.CreditLine;
import dev.cascade.ledger.domain.document.TradeDocument;
import dev.cascade.ledger.domain.enterprise.Enterprise;
import dev.cascade.ledger.domain.financing.Financing;
import java.time.LocalDate;

/**
 * What an accepted operation changes in the world state, said in the domain's words. The handlers
 * return changes; the ledger applies them to its state (one class turns them into storage keys and
 * bytes), a follow-up transaction records the ones a contract or time caused, and the query
 * projection mirrors the same changes into rows. A new kind of change fails to compile until every
 * {@link Visitor} handles it.
 */
public sealed interface Change {

  /** Calls the visitor's method for this kind of change. */
  <R> R dispatch(Visitor<R> visitor);

  /** One method per kind of change. */
  interface Visitor<R> {
    R enterprise(EnterpriseChanged change);

    R founded(LedgerFounded change);

    R document(DocumentAnchored change);

    R invoiceUsed(InvoiceUsed change);

    R creditLine(CreditLineSet change);

    R creditTotal(CreditTotalChanged change);

    R contract(ContractDeployed change);

    R programme(ProgrammeChosen change);

    R certificate(CertificateChanged change);

    R outstanding(OutstandingChanged change);

    R financing(FinancingRecorded change);

    R nonce(NonceAdvanced change);

    R clock(ClockAdvanced change);
  }

  /** An enterprise registered, or changed (approved). */
  record EnterpriseChanged(Enterprise enterprise) implements Change {
    @Override
    public <R> R dispatch(Visitor<R> visitor) {
      return visitor.enterprise(this);
    }
  }

  /** The ledger's first registration: its operator founded it. */
  record LedgerFounded(String operator) implements Change {
    @Override
    public <R> R dispatch(Visitor<R> visitor) {
      return visitor.founded(this);
    }
  }

  /** A trade document's fingerprint anchored on the ledger. */
  record DocumentAnchored(TradeDocument document) implements Change {
    @Override
    public <R> R dispatch(Visitor<R> visitor) {
      return visitor.document(this);
    }
  }

  /** An invoice, known by its fingerprint, now backs an issuance: it backs no other. */
  record InvoiceUsed(String fingerprint, String documentId) implements Change {
    @Override
    public <R> R dispatch(Visitor<R> visitor) {
      return visitor.invoiceUsed(this);
    }
  }

  /** The credit line a bank grants a core enterprise, as set now. */
  record CreditLineSet(CreditLine line) implements Change {
    @Override
    public <R> R dispatch(Visitor<R> visitor) {
      return visitor.creditLine(this);
    }
  }

  /** What every bank's lines to a core enterprise add up to, in one currency. */
  record CreditTotalChanged(String core, Money total) implements Change {
    @Override
    public <R> R dispatch(Visitor<R> visitor) {
      return visitor.creditTotal(this);
    }
  }

  /** A programme contract stored under its id (the hash of its source). */
  record ContractDeployed(String contractId, String source) implements Change {
    @Override
    public <R> R dispatch(Visitor<R> visitor) {
      return visitor.contract(this);
    }
  }

  /** The contract new certificates are issued under. */
  record ProgrammeChosen(String contractId) implements Change {
    @Override
    public <R> R dispatch(Visitor<R> visitor) {
      return visitor.programme(this);
    }
  }

  /** A certificate issued, or as it is after an operation or a time event. */
  record CertificateChanged(Certificate certificate) implements Change {
    @Override
    public <R> R dispatch(Visitor<R> visitor) {
      return visitor.certificate(this);
    }
  }

  /** What a core enterprise's open certificates add up to, in one currency. */
  record OutstandingChanged(String core, Money total) implements Change {
    @Override
    public <R> R dispatch(Visitor<R> visitor) {
      return visitor.outstanding(this);
    }
  }

  /** What a bank charged and paid to finance a certificate. */
  record FinancingRecorded(Financing financing) implements Change {
    @Override
    public <R> R dispatch(Visitor<R> visitor) {
      return visitor.financing(this);
    }
  }

  /** The last nonce a signer used: a transaction with it or an earlier one is a replay. */
  record NonceAdvanced(String signer, long nonce) implements Change {
    @Override
    public <R> R dispatch(Visitor<R> visitor) {
      return visitor.nonce(this);
    }
  }

  /** The last block day whose time events have run. */
  record ClockAdvanced(LocalDate day) implements Change {
    @Override
    public <R> R dispatch(Visitor<R> visitor) {
      return visitor.clock(this);
    }
  }
}
