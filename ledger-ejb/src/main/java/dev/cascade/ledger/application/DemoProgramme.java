package dev.cascade.ledger.application;

import dev.cascade.ledger.domain.Money;
import dev.cascade.ledger.domain.document.TradeDocument;
import dev.cascade.ledger.domain.enterprise.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * A small, realistic programme for a new user to look at: a core car maker, two banks, three tiers
 * of suppliers and a regulator, with certificates already issued, accepted, transferred, split and
 * financed. It is a list of signed-to-be steps, run through the ledger like any other transactions.
 */
public final class DemoProgramme {

  public static final String OPERATOR = "Cascade Operator";
  public static final String CORE = "Geely Auto";
  public static final String BANK_OF_NINGBO = "Bank of Ningbo";
  public static final String ICBC = "ICBC Hangzhou";
  public static final String REGULATOR = "Zhejiang Financial Regulator";

  /** An enterprise of the demo. */
  public record Party(String name, String taxId, Role role) {
    public List<Role> roles() {
      return List.of(role);
    }
  }

  /** Every enterprise, in the order they are registered: the operator first founds the ledger. */
  public static final List<Party> PARTIES =
      List.of(
          new Party(OPERATOR, "91330000OPERATOR01", Role.OPERATOR),
          new Party(CORE, "91330000GEELYAUTO1", Role.CORE),
          new Party(BANK_OF_NINGBO, "91330200BANKNB0001", Role.BANK),
          new Party(ICBC, "91330100ICBCHZ0001", Role.BANK),
          new Party("Ningbo Castings", "91330200CASTING001", Role.SUPPLIER),
          new Party("Zhejiang Seats", "91330100SEATS00001", Role.SUPPLIER),
          new Party("Taizhou Fasteners", "91331000FASTEN0001", Role.SUPPLIER),
          new Party("Yuyao Plastics", "91330281PLASTIC001", Role.SUPPLIER),
          new Party("Wenzhou Springs", "91330300SPRING0001", Role.SUPPLIER),
          new Party("Cixi Wiring", "91330282WIRING0001", Role.SUPPLIER),
          new Party(REGULATOR, "11330000REGULATOR1", Role.OBSERVER));

  /** Who signs and what. */
  public record Step(String signer, Operation operation) {}

  private DemoProgramme() {}

  /**
   * The steps, dated around {@code today}.
   *
   * @param publicKeys each enterprise's X.509-encoded public key
   */
  public static List<Step> steps(
      LocalDate today, Function<String, byte[]> publicKeys, String programmeSource) {
    List<Step> steps = new ArrayList<>();
    for (Party party : PARTIES) {
      steps.add(
          new Step(
              OPERATOR,
              new Operation.Register(
                  party.name(),
                  party.taxId(),
                  List.of(party.role()),
                  publicKeys.apply(party.name()))));
      if (!party.name().equals(OPERATOR)) {
        steps.add(new Step(OPERATOR, new Operation.Approve(party.name())));
      }
    }
    steps.add(new Step(OPERATOR, new Operation.Deploy(programmeSource)));
    steps.add(new Step(BANK_OF_NINGBO, new Operation.GrantCredit(CORE, cny("60,000,000.00"))));
    steps.add(new Step(ICBC, new Operation.GrantCredit(CORE, cny("40,000,000.00"))));
    String[] tier1 = {"Ningbo Castings", "Zhejiang Seats"};
    String[] tier2 = {"Taizhou Fasteners", "Yuyao Plastics"};
    String[] tier3 = {"Wenzhou Springs", "Cixi Wiring"};
    for (int i = 1; i <= 6; i++) {
      String supplier = tier1[i % 2];
      String certificate = String.format(java.util.Locale.ROOT, "GA-%04d", i);
      Money amount = cny((i * 850_000) + ".00");
      LocalDate issued = today.minusDays(40L - i * 3L);
      String invoice = "INV-" + certificate;
      steps.add(
          new Step(
              supplier,
              new Operation.Anchor(
                  invoice,
                  TradeDocument.Kind.INVOICE,
                  String.format(java.util.Locale.ROOT, "33%08d", 20260000 + i),
                  supplier,
                  taxId(supplier),
                  CORE,
                  amount,
                  issued.minusDays(2),
                  contentHash(invoice))));
      steps.add(
          new Step(
              CORE,
              new Operation.Issue(
                  certificate, supplier, amount, issued, issued.plusDays(120 + i * 5L), invoice)));
      if (i == 6) {
        continue; // one certificate waits for its supplier's acceptance
      }
      steps.add(new Step(supplier, new Operation.Accept(certificate)));
      String tier2Supplier = tier2[i % 2];
      Money onward = cny((i * 500_000) + ".00");
      steps.add(
          new Step(
              supplier,
              new Operation.Transfer(
                  certificate,
                  tier2Supplier,
                  onward,
                  List.of(certificate + "-T", certificate + "-R"))));
      if (i <= 3) {
        steps.add(
            new Step(
                tier2Supplier,
                new Operation.Split(
                    certificate + "-T",
                    List.of(cny((i * 200_000) + ".00"), cny((i * 300_000) + ".00")),
                    List.of(certificate + "-T1", certificate + "-T2"))));
        steps.add(
            new Step(
                tier2Supplier,
                new Operation.Transfer(
                    certificate + "-T1", tier3[i % 2], cny((i * 200_000) + ".00"), List.of())));
        steps.add(
            new Step(
                tier3[i % 2],
                new Operation.Finance(
                    certificate + "-T1",
                    i % 2 == 0 ? ICBC : BANK_OF_NINGBO,
                    new BigDecimal("0.0385"),
                    today)));
      } else {
        steps.add(new Step(supplier, new Operation.Pledge(certificate + "-R", BANK_OF_NINGBO)));
      }
    }
    return steps;
  }

  private static String contentHash(String document) {
    // Stands in for the hash of the PDF a supplier would upload.
    return HexFormat.of()
        .formatHex(
            dev.cascade.ledger.crypto.HashAlgorithm.SHA_256.hash(
                ("demo document " + document).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  private static String taxId(String name) {
    return PARTIES.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().taxId();
  }

  private static Money cny(String amount) {
    return Money.of("CNY", amount);
  }
}
