package dev.cascade.ledger.application;

import dev.cascade.ledger.chain.CanonicalWriter;
import dev.cascade.ledger.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What an enterprise can ask of a certificate; each has one canonical encoding that is signed. */
public sealed interface Operation {

  String certificateId();

  /** The lifecycle event the programme's rules see. */
  String event();

  /** The bytes a transaction's body carries and its signature covers. */
  byte[] canonical();

  /** The core enterprise issues a certificate to its tier-1 supplier against an invoice. */
  record Issue(
      String certificateId,
      String supplier,
      Money amount,
      LocalDate issued,
      LocalDate maturity,
      String invoiceFingerprint)
      implements Operation {
    @Override
    public String event() {
      return "issue";
    }

    @Override
    public byte[] canonical() {
      return Encoding.writer(this)
          .text(supplier)
          .text(amount.toString())
          .text(issued.toString())
          .text(maturity.toString())
          .text(invoiceFingerprint)
          .toBytes();
    }
  }

  /** The holder accepts it. */
  record Accept(String certificateId) implements Operation {
    @Override
    public String event() {
      return "accept";
    }

    @Override
    public byte[] canonical() {
      return Encoding.writer(this).toBytes();
    }
  }

  /** The holder transfers all or part of it to {@code to}. */
  record Transfer(String certificateId, String to, Money amount, List<String> newIds)
      implements Operation {
    @Override
    public String event() {
      return "transfer";
    }

    @Override
    public byte[] canonical() {
      return Encoding.ids(Encoding.writer(this).text(to).text(amount.toString()), newIds).toBytes();
    }
  }

  /** The holder splits it into parts. */
  record Split(String certificateId, List<Money> parts, List<String> newIds) implements Operation {
    @Override
    public String event() {
      return "split";
    }

    @Override
    public byte[] canonical() {
      CanonicalWriter writer = Encoding.writer(this).number(parts.size());
      parts.forEach(part -> writer.text(part.toString()));
      return Encoding.ids(writer, newIds).toBytes();
    }
  }

  /** A bank discounts it for the holder: a yearly rate for the days to maturity. */
  record Finance(String certificateId, String bank, BigDecimal yearlyRate, LocalDate date)
      implements Operation {
    @Override
    public String event() {
      return "finance";
    }

    @Override
    public byte[] canonical() {
      return Encoding.writer(this).text(bank).decimal(yearlyRate).text(date.toString()).toBytes();
    }
  }

  /** The holder pledges it to a lender. */
  record Pledge(String certificateId, String pledgee) implements Operation {
    @Override
    public String event() {
      return "pledge";
    }

    @Override
    public byte[] canonical() {
      return Encoding.writer(this).text(pledgee).toBytes();
    }
  }

  /** The pledgee releases its pledge. */
  record Release(String certificateId) implements Operation {
    @Override
    public String event() {
      return "release";
    }

    @Override
    public byte[] canonical() {
      return Encoding.writer(this).toBytes();
    }
  }

  /** The core enterprise pays at maturity: every open part descending from the certificate. */
  record Pay(String certificateId) implements Operation {
    @Override
    public String event() {
      return "payment";
    }

    @Override
    public byte[] canonical() {
      return Encoding.writer(this).toBytes();
    }
  }

  /** Shared encoding steps. */
  final class Encoding {
    private Encoding() {}

    static CanonicalWriter writer(Operation operation) {
      return new CanonicalWriter().text(operation.event()).text(operation.certificateId());
    }

    static CanonicalWriter ids(CanonicalWriter writer, List<String> ids) {
      writer.number(ids.size());
      ids.forEach(writer::text);
      return writer;
    }
  }
}
