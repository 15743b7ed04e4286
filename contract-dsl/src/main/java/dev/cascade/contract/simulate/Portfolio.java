package dev.cascade.contract.simulate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a simulation starts from: the parties of a programme, the credit lines banks granted its
 * core enterprises, and every open part of every certificate, as a ledger shows them on the start
 * date. Amounts are in the portfolio's one currency, with its decimals.
 */
public record Portfolio(
    LocalDate start,
    String currency,
    List<Party> parties,
    List<CreditLine> creditLines,
    List<Holding> holdings) {

  public Portfolio {
    parties = List.copyOf(parties);
    creditLines = List.copyOf(creditLines);
    holdings = List.copyOf(holdings);
  }

  /** An enterprise, with every role it has ({@code core}, {@code supplier}, {@code bank}, …). */
  public record Party(String name, List<String> roles) {
    public Party {
      roles = List.copyOf(roles);
    }

    public boolean has(String role) {
      return roles.contains(role);
    }
  }

  /** The line a bank granted a core enterprise. */
  public record CreditLine(String bank, String core, BigDecimal limit) {}

  /**
   * One open part of a certificate: who issued it and holds it, at which tier, for how much, when
   * it falls due, since when its holder has it, and the enterprises it passed through to get there.
   *
   * @param certificate the id of the certificate the core enterprise issued, that this part is of
   * @param parent the part it was split or transferred off, if it was
   * @param tier 1 as issued, one more with each transfer
   * @param received the day its holder received it (issued, transferred or financed)
   * @param state {@code issued} (not yet accepted), {@code accepted} or {@code overdue}
   * @param lineage the holders before this one, from tier 1: the chain a payment passed down
   * @param financing how a bank financed it, if one did (the bank then holds it)
   * @param pledgee the bank it is pledged to, if any
   */
  public record Holding(
      String id,
      String certificate,
      Optional<String> parent,
      String issuer,
      String holder,
      int tier,
      BigDecimal amount,
      LocalDate issued,
      LocalDate maturity,
      LocalDate received,
      String state,
      List<String> lineage,
      Optional<Financing> financing,
      Optional<String> pledgee) {

    public Holding {
      lineage = List.copyOf(lineage);
    }
  }

  /** A bank's financing of a part: who financed it, at which yearly rate, on which day. */
  public record Financing(String bank, String by, BigDecimal rate, LocalDate date) {}
}
