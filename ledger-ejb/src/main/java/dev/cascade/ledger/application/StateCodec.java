package dev.cascade.ledger.application;

import dev.cascade.ledger.chain.CanonicalReader;
import dev.cascade.ledger.chain.CanonicalWriter;
import dev.cascade.ledger.domain.Money;
import dev.cascade.ledger.domain.certificate.Certificate;
import dev.cascade.ledger.domain.certificate.CertificateState;
import dev.cascade.ledger.domain.credit.CreditLine;
import dev.cascade.ledger.domain.document.TradeDocument;
import dev.cascade.ledger.domain.enterprise.Enterprise;
import dev.cascade.ledger.domain.enterprise.Role;
import dev.cascade.ledger.domain.financing.Financing;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The canonical bytes of each kind of world-state entry. These bytes are what the state root
 * commits to, so a field is never added in the middle: a new field goes at the end with a new
 * encoding version.
 */
public final class StateCodec {

  private StateCodec() {}

  public static byte[] certificate(Certificate c) {
    return new CanonicalWriter()
        .text(c.id())
        .text(c.programme())
        .text(c.rootIssuer())
        .text(c.holder())
        .text(c.amount().currency().getCurrencyCode())
        .decimal(c.amount().amount())
        .text(c.issued().toString())
        .text(c.maturity().toString())
        .text(c.state().name())
        .text(c.parentId().orElse(""))
        .number(c.tier())
        .text(c.pledgee().orElse(""))
        .flag(c.financed())
        .toBytes();
  }

  public static Certificate certificate(byte[] bytes) {
    return read(
        bytes,
        in ->
            new Certificate(
                in.text(),
                in.text(),
                in.text(),
                in.text(),
                money(in),
                LocalDate.parse(in.text()),
                LocalDate.parse(in.text()),
                CertificateState.valueOf(in.text()),
                optional(in.text()),
                (int) in.number(),
                optional(in.text()),
                in.flag()));
  }

  public static byte[] enterprise(Enterprise e) {
    CanonicalWriter out = new CanonicalWriter().text(e.name()).text(e.taxId());
    out.number(e.roles().size());
    EnumSet.copyOf(e.roles()).forEach(role -> out.text(role.name()));
    return out.bytes(e.publicKey()).flag(e.approved()).toBytes();
  }

  public static Enterprise enterprise(byte[] bytes) {
    return read(
        bytes,
        in -> {
          String name = in.text();
          String taxId = in.text();
          long count = in.number();
          Set<Role> roles = EnumSet.noneOf(Role.class);
          for (long i = 0; i < count; i++) {
            roles.add(Role.valueOf(in.text()));
          }
          return new Enterprise(name, taxId, roles, in.bytes(), in.flag());
        });
  }

  public static byte[] creditLine(CreditLine line) {
    CanonicalWriter out = new CanonicalWriter().text(line.bank()).text(line.core());
    return money(out, line.limit()).toBytes();
  }

  public static CreditLine creditLine(byte[] bytes) {
    return read(bytes, in -> new CreditLine(in.text(), in.text(), money(in)));
  }

  public static byte[] document(TradeDocument d) {
    CanonicalWriter out =
        new CanonicalWriter()
            .text(d.id())
            .text(d.kind().name())
            .text(d.number())
            .text(d.seller())
            .text(d.sellerTaxId())
            .text(d.buyer());
    return money(out, d.amount())
        .text(d.date().toString())
        .text(d.contentHash())
        .text(d.fingerprint())
        .toBytes();
  }

  public static TradeDocument document(byte[] bytes) {
    return read(
        bytes,
        in ->
            new TradeDocument(
                in.text(),
                TradeDocument.Kind.valueOf(in.text()),
                in.text(),
                in.text(),
                in.text(),
                in.text(),
                money(in),
                LocalDate.parse(in.text()),
                in.text(),
                in.text()));
  }

  public static byte[] financing(Financing f) {
    CanonicalWriter out = new CanonicalWriter().text(f.certificateId()).text(f.bank());
    return money(money(out, f.interest()), f.proceeds()).toBytes();
  }

  public static Financing financing(byte[] bytes) {
    return read(bytes, in -> new Financing(in.text(), in.text(), money(in), money(in)));
  }

  /**
   * A running total kept in the state: the amount as a plain decimal (its currency is in the key).
   */
  public static byte[] total(Money total) {
    return text(total.amount().toPlainString());
  }

  public static Money total(byte[] bytes, java.util.Currency currency) {
    return new Money(new BigDecimal(text(bytes)), currency);
  }

  public static byte[] number(long value) {
    return new CanonicalWriter().number(value).toBytes();
  }

  public static long number(byte[] bytes) {
    return read(bytes, in -> in.number());
  }

  public static byte[] text(String value) {
    return new CanonicalWriter().text(value).toBytes();
  }

  public static String text(byte[] bytes) {
    return read(bytes, in -> in.text());
  }

  /** Reads every field with {@code fields}, refusing bytes left over. */
  static <T> T read(byte[] bytes, java.util.function.Function<CanonicalReader, T> fields) {
    CanonicalReader in = new CanonicalReader(bytes);
    T value = fields.apply(in);
    in.end();
    return value;
  }

  static CanonicalWriter money(CanonicalWriter out, Money money) {
    return out.text(money.currency().getCurrencyCode()).decimal(money.amount());
  }

  static Money money(CanonicalReader in) {
    String currency = in.text();
    return new Money(decimal(in), java.util.Currency.getInstance(currency));
  }

  static BigDecimal decimal(CanonicalReader in) {
    String unscaled = in.text();
    long scale = in.number();
    if (scale < 0 || scale > 18 || unscaled.length() > 40) {
      throw new IllegalArgumentException("not a decimal the ledger writes");
    }
    try {
      return new BigDecimal(new BigInteger(unscaled), (int) scale);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a decimal: " + unscaled);
    }
  }

  private static Optional<String> optional(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
