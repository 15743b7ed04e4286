package dev.cascade.ledger.application;

import dev.cascade.ledger.chain.CanonicalReader;
import dev.cascade.ledger.chain.CanonicalWriter;
import dev.cascade.ledger.domain.Money;
import dev.cascade.ledger.domain.document.TradeDocument;
import dev.cascade.ledger.domain.enterprise.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an enterprise can ask of the ledger. Each operation has one canonical encoding, which a
 * transaction's body carries and its signature covers, and {@link #decode} reads it back exactly.
 */
public sealed interface Operation {

  /** What the operation acts on: a certificate id, an enterprise name, a document id. */
  String subject();

  /** The word for the operation, which is also the lifecycle event the programme's rules see. */
  String event();

  /** The bytes a transaction's body carries and its signature covers. */
  default byte[] canonical() {
    CanonicalWriter out = new CanonicalWriter().text(event()).text(subject());
    writeFields(out);
    return out.toBytes();
  }

  void writeFields(CanonicalWriter out);

  /**
   * Calls the visitor's method for this kind of operation. Every phase that treats operations
   * differently is a visitor, so a new kind of operation fails to compile until each one handles
   * it.
   */
  <R> R dispatch(Visitor<R> visitor);

  /** One method per kind of operation. */
  interface Visitor<R> extends OnCertificate.Visitor<R> {
    R register(Register register);

    R approve(Approve approve);

    R credit(GrantCredit grant);

    R anchor(Anchor anchor);

    R deploy(Deploy deploy);
  }

  /** A certificate operation, which the programme's rules see. */
  sealed interface OnCertificate extends Operation {
    @Override
    default String subject() {
      return certificateId();
    }

    String certificateId();

    /** As {@link Operation#dispatch}, for a phase that treats only certificate operations. */
    <R> R dispatch(OnCertificate.Visitor<R> visitor);

    @Override
    default <R> R dispatch(Operation.Visitor<R> visitor) {
      return dispatch((OnCertificate.Visitor<R>) visitor);
    }

    /** One method per kind of certificate operation. */
    interface Visitor<R> {
      R issue(Issue issue);

      R accept(Accept accept);

      R cancel(Cancel cancel);

      R transfer(Transfer transfer);

      R split(Split split);

      R finance(Finance finance);

      R pledge(Pledge pledge);

      R release(Release release);

      R pay(Pay pay);
    }
  }

  /** The operator registers an enterprise with its roles and public key. */
  record Register(String name, String taxId, List<Role> roles, byte[] publicKey)
      implements Operation {
    public Register {
      roles = List.copyOf(roles);
      publicKey = publicKey.clone();
    }

    @Override
    public byte[] publicKey() {
      return publicKey.clone();
    }

    @Override
    public String subject() {
      return name;
    }

    @Override
    public <R> R dispatch(Visitor<R> visitor) {
      return visitor.register(this);
    }

    public static final String EVENT = "register";

    @Override
    public String event() {
      return EVENT;
    }

    @Override
    public void writeFields(CanonicalWriter out) {
      out.text(taxId).number(roles.size());
      roles.forEach(role -> out.text(role.name()));
      out.bytes(publicKey);
    }
  }

  /** The operator approves a registered enterprise (KYC done). */
  record Approve(String name) implements Operation {
    @Override
    public String subject() {
      return name;
    }

    @Override
    public <R> R dispatch(Visitor<R> visitor) {
      return visitor.approve(this);
    }

    public static final String EVENT = "approve";

    @Override
    public String event() {
      return EVENT;
    }

    @Override
    public void writeFields(CanonicalWriter out) {}
  }

  /** A bank sets the credit line it grants a core enterprise. */
  record GrantCredit(String core, Money limit) implements Operation {
    @Override
    public String subject() {
      return core;
    }

    @Override
    public <R> R dispatch(Visitor<R> visitor) {
      return visitor.credit(this);
    }

    public static final String EVENT = "credit";

    @Override
    public String event() {
      return EVENT;
    }

    @Override
    public void writeFields(CanonicalWriter out) {
      StateCodec.money(out, limit);
    }
  }

  /** A party to a trade document anchors its hash and metadata. */
  record Anchor(
      String documentId,
      TradeDocument.Kind kind,
      String number,
      String seller,
      String sellerTaxId,
      String buyer,
      Money amount,
      LocalDate date,
      String contentHash)
      implements Operation {
    @Override
    public String subject() {
      return documentId;
    }

    @Override
    public <R> R dispatch(Visitor<R> visitor) {
      return visitor.anchor(this);
    }

    public static final String EVENT = "anchor";

    @Override
    public String event() {
      return EVENT;
    }

    @Override
    public void writeFields(CanonicalWriter out) {
      out.text(kind.name()).text(number).text(seller).text(sellerTaxId).text(buyer);
      StateCodec.money(out, amount).text(date.toString()).text(contentHash);
    }
  }

  /** The operator deploys a version of the programme's contract; new issues are bound to it. */
  record Deploy(String source) implements Operation {
    @Override
    public String subject() {
      return "programme";
    }

    @Override
    public <R> R dispatch(Visitor<R> visitor) {
      return visitor.deploy(this);
    }

    public static final String EVENT = "deploy";

    @Override
    public String event() {
      return EVENT;
    }

    @Override
    public void writeFields(CanonicalWriter out) {
      out.text(source);
    }
  }

  /**
   * The core enterprise issues a certificate to its tier-1 supplier against an anchored invoice.
   */
  record Issue(
      String certificateId,
      String supplier,
      Money amount,
      LocalDate issued,
      LocalDate maturity,
      String invoiceId)
      implements OnCertificate {
    @Override
    public <R> R dispatch(OnCertificate.Visitor<R> visitor) {
      return visitor.issue(this);
    }

    public static final String EVENT = "issue";

    @Override
    public String event() {
      return EVENT;
    }

    @Override
    public void writeFields(CanonicalWriter out) {
      out.text(supplier);
      StateCodec.money(out, amount)
          .text(issued.toString())
          .text(maturity.toString())
          .text(invoiceId);
    }
  }

  /** The holder accepts it. */
  record Accept(String certificateId) implements OnCertificate {
    @Override
    public <R> R dispatch(OnCertificate.Visitor<R> visitor) {
      return visitor.accept(this);
    }

    public static final String EVENT = "accept";

    @Override
    public String event() {
      return EVENT;
    }

    @Override
    public void writeFields(CanonicalWriter out) {}
  }

  /** The core enterprise cancels it before it is accepted. */
  record Cancel(String certificateId) implements OnCertificate {
    @Override
    public <R> R dispatch(OnCertificate.Visitor<R> visitor) {
      return visitor.cancel(this);
    }

    public static final String EVENT = "cancel";

    @Override
    public String event() {
      return EVENT;
    }

    @Override
    public void writeFields(CanonicalWriter out) {}
  }

  /** The holder transfers all or part of it to {@code to}. */
  record Transfer(String certificateId, String to, Money amount, List<String> newIds)
      implements OnCertificate {
    public Transfer {
      newIds = List.copyOf(newIds);
    }

    @Override
    public <R> R dispatch(OnCertificate.Visitor<R> visitor) {
      return visitor.transfer(this);
    }

    public static final String EVENT = "transfer";

    @Override
    public String event() {
      return EVENT;
    }

    @Override
    public void writeFields(CanonicalWriter out) {
      StateCodec.money(out.text(to), amount);
      texts(out, newIds);
    }
  }

  /** The holder splits it into parts. */
  record Split(String certificateId, List<Money> parts, List<String> newIds)
      implements OnCertificate {
    public Split {
      parts = List.copyOf(parts);
      newIds = List.copyOf(newIds);
    }

    @Override
    public <R> R dispatch(OnCertificate.Visitor<R> visitor) {
      return visitor.split(this);
    }

    public static final String EVENT = "split";

    @Override
    public String event() {
      return EVENT;
    }

    @Override
    public void writeFields(CanonicalWriter out) {
      out.number(parts.size());
      parts.forEach(part -> StateCodec.money(out, part));
      texts(out, newIds);
    }
  }

  /** A bank discounts it for the holder: a yearly rate for the days to maturity. */
  record Finance(String certificateId, String bank, BigDecimal yearlyRate, LocalDate date)
      implements OnCertificate {
    @Override
    public <R> R dispatch(OnCertificate.Visitor<R> visitor) {
      return visitor.finance(this);
    }

    public static final String EVENT = "finance";

    @Override
    public String event() {
      return EVENT;
    }

    @Override
    public void writeFields(CanonicalWriter out) {
      out.text(bank).decimal(yearlyRate).text(date.toString());
    }
  }

  /** The holder pledges it to a lender. */
  record Pledge(String certificateId, String pledgee) implements OnCertificate {
    @Override
    public <R> R dispatch(OnCertificate.Visitor<R> visitor) {
      return visitor.pledge(this);
    }

    public static final String EVENT = "pledge";

    @Override
    public String event() {
      return EVENT;
    }

    @Override
    public void writeFields(CanonicalWriter out) {
      out.text(pledgee);
    }
  }

  /** The pledgee releases its pledge. */
  record Release(String certificateId) implements OnCertificate {
    @Override
    public <R> R dispatch(OnCertificate.Visitor<R> visitor) {
      return visitor.release(this);
    }

    public static final String EVENT = "release";

    @Override
    public String event() {
      return EVENT;
    }

    @Override
    public void writeFields(CanonicalWriter out) {}
  }

  /** The core enterprise pays at maturity: every open part descending from the certificate. */
  record Pay(String certificateId) implements OnCertificate {
    @Override
    public <R> R dispatch(OnCertificate.Visitor<R> visitor) {
      return visitor.pay(this);
    }

    public static final String EVENT = "payment";

    @Override
    public String event() {
      return EVENT;
    }

    @Override
    public void writeFields(CanonicalWriter out) {}
  }

  /**
   * Reads an operation back from its canonical bytes.
   *
   * @throws IllegalArgumentException when the bytes are not an operation's canonical encoding
   */
  static Operation decode(byte[] bytes) {
    return StateCodec.read(bytes, Operation::read);
  }

  private static Operation read(CanonicalReader in) {
    String event = in.text();
    String subject = in.text();
    Operation operation =
        switch (event) {
          case Register.EVENT -> new Register(subject, in.text(), roles(in), in.bytes());
          case Approve.EVENT -> new Approve(subject);
          case GrantCredit.EVENT -> new GrantCredit(subject, StateCodec.money(in));
          case Anchor.EVENT ->
              new Anchor(
                  subject,
                  TradeDocument.Kind.valueOf(in.text()),
                  in.text(),
                  in.text(),
                  in.text(),
                  in.text(),
                  StateCodec.money(in),
                  LocalDate.parse(in.text()),
                  in.text());
          case Deploy.EVENT -> new Deploy(in.text());
          case Issue.EVENT ->
              new Issue(
                  subject,
                  in.text(),
                  StateCodec.money(in),
                  LocalDate.parse(in.text()),
                  LocalDate.parse(in.text()),
                  in.text());
          case Accept.EVENT -> new Accept(subject);
          case Cancel.EVENT -> new Cancel(subject);
          case Transfer.EVENT -> new Transfer(subject, in.text(), StateCodec.money(in), texts(in));
          case Split.EVENT -> new Split(subject, amounts(in), texts(in));
          case Finance.EVENT ->
              new Finance(subject, in.text(), StateCodec.decimal(in), LocalDate.parse(in.text()));
          case Pledge.EVENT -> new Pledge(subject, in.text());
          case Release.EVENT -> new Release(subject);
          case Pay.EVENT -> new Pay(subject);
          default -> throw new IllegalArgumentException("no operation is called " + event);
        };
    return operation;
  }

  private static void texts(CanonicalWriter out, List<String> texts) {
    out.number(texts.size());
    texts.forEach(out::text);
  }

  private static List<String> texts(CanonicalReader in) {
    List<String> texts = new ArrayList<>();
    for (long i = 0, n = count(in); i < n; i++) {
      texts.add(in.text());
    }
    return texts;
  }

  private static List<Money> amounts(CanonicalReader in) {
    List<Money> amounts = new ArrayList<>();
    for (long i = 0, n = count(in); i < n; i++) {
      amounts.add(StateCodec.money(in));
    }
    return amounts;
  }

  private static List<Role> roles(CanonicalReader in) {
    List<Role> roles = new ArrayList<>();
    for (long i = 0, n = count(in); i < n; i++) {
      roles.add(Role.valueOf(in.text()));
    }
    return roles;
  }

  private static long count(CanonicalReader in) {
    long count = in.number();
    if (count < 0 || count > 1_000) {
      throw new IllegalArgumentException("a list of " + count + " items is not allowed");
    }
    return count;
  }
}
