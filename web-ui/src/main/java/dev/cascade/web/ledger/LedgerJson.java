package dev.cascade.web.ledger;

import static dev.cascade.web.JsonValues.JSON;

import dev.cascade.ledger.application.Outcome;
import dev.cascade.ledger.chain.Block;
import dev.cascade.ledger.domain.Money;
import dev.cascade.ledger.domain.certificate.Certificate;
import dev.cascade.ledger.projection.CertificateView;
import dev.cascade.ledger.projection.EnterpriseView;
import dev.cascade.ledger.projection.Queries;
import dev.cascade.ledger.service.Receipt;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** The ledger's answers as JSON: amounts as exact decimal strings, dates as ISO dates. */
final class LedgerJson {

  private static final HexFormat HEX = HexFormat.of();

  private LedgerJson() {}

  /** An accepted transaction's receipt: where it is and what it did. */
  static JsonObject receipt(Outcome outcome, Receipt receipt) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("transaction", outcome.transactionId())
            .add("status", receipt.status().name().toLowerCase(Locale.ROOT));
    receipt.location().ifPresent(at -> json.add("block", at.height()).add("index", at.index()));
    JsonArrayBuilder certificates = JSON.createArrayBuilder();
    outcome.certificates().forEach(c -> certificates.add(certificate(c)));
    JsonArrayBuilder actions = JSON.createArrayBuilder();
    outcome.actions().forEach(a -> actions.add(a.render()));
    JsonArrayBuilder payouts = JSON.createArrayBuilder();
    outcome
        .payouts()
        .forEach(
            p ->
                payouts.add(
                    JSON.createObjectBuilder()
                        .add("certificate", p.certificateId())
                        .add("holder", p.holder())
                        .add("amount", money(p.amount()))));
    json.add("certificates", certificates).add("actions", actions).add("payouts", payouts);
    outcome
        .financing()
        .ifPresent(
            f ->
                json.add(
                    "financing",
                    JSON.createObjectBuilder()
                        .add("bank", f.bank())
                        .add("interest", money(f.interest()))
                        .add("proceeds", money(f.proceeds()))));
    return json.build();
  }

  /** One answer of a batch: the receipt, or for a refused transaction the rule and its values. */
  static JsonObject batchReceipt(Receipt receipt) {
    return receipt
        .outcome()
        .fold(
            rejection ->
                JSON.createObjectBuilder()
                    .add("status", "rejected")
                    .add("rule", rejection.rule())
                    .add("message", rejection.message())
                    .add("values", JSON.createArrayBuilder(rejection.values()))
                    .build(),
            outcome -> receipt(outcome, receipt));
  }

  static JsonObject certificate(Certificate c) {
    return certificate(
        new CertificateView(
            c.id(),
            c.programme(),
            c.rootIssuer(),
            c.holder(),
            c.amount().currency().getCurrencyCode(),
            c.amount().amount(),
            c.issued(),
            c.maturity(),
            c.state().name(),
            c.parentId(),
            c.tier(),
            c.pledgee(),
            c.financed()));
  }

  static JsonObject certificate(CertificateView c) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("id", c.id())
            .add("programme", c.programme())
            .add("issuer", c.rootIssuer())
            .add("holder", c.holder())
            .add("amount", money(c.currency(), c.amount()))
            .add("issued", c.issued().toString())
            .add("maturity", c.maturity().toString())
            .add("state", c.state().toLowerCase(Locale.ROOT))
            .add("tier", c.tier())
            .add("financed", c.financed());
    c.parentId().ifPresent(p -> json.add("parent", p));
    c.pledgee().ifPresent(p -> json.add("pledgee", p));
    return json.build();
  }

  static JsonObject enterprise(EnterpriseView e) {
    JsonArrayBuilder roles = JSON.createArrayBuilder();
    e.roles().forEach(roles::add);
    return JSON.createObjectBuilder()
        .add("name", e.name())
        .add("taxId", e.taxId())
        .add("roles", roles)
        .add("approved", e.approved())
        .build();
  }

  static JsonObject lineage(Queries.Lineage lineage) {
    JsonArrayBuilder ancestors = JSON.createArrayBuilder();
    lineage.ancestors().forEach(a -> ancestors.add(certificate(a)));
    return JSON.createObjectBuilder()
        .add("ancestors", ancestors)
        .add("tree", node(lineage.tree()))
        .build();
  }

  private static JsonObject node(Queries.Node node) {
    JsonArrayBuilder parts = JSON.createArrayBuilder();
    node.parts().forEach(p -> parts.add(node(p)));
    return JSON.createObjectBuilder()
        .add("certificate", certificate(node.certificate()))
        .add("parts", parts)
        .build();
  }

  static JsonObject exposure(String core, List<Queries.TierExposure> tiers) {
    JsonArrayBuilder rows = JSON.createArrayBuilder();
    tiers.forEach(
        t ->
            rows.add(
                JSON.createObjectBuilder()
                    .add("tier", t.tier())
                    .add("amount", money(t.currency(), t.amount()))
                    .add("certificates", t.certificates())));
    return JSON.createObjectBuilder().add("core", core).add("tiers", rows).build();
  }

  static JsonObject block(Block block, String hash) {
    JsonArrayBuilder transactions = JSON.createArrayBuilder();
    block.transactions().forEach(t -> transactions.add(HEX.formatHex(t)));
    return JSON.createObjectBuilder()
        .add("height", block.height())
        .add("hash", hash)
        .add("previousHash", HEX.formatHex(block.previousHash()))
        .add("transactionsRoot", HEX.formatHex(block.transactionsRoot()))
        .add("stateRoot", HEX.formatHex(block.stateRoot()))
        .add("time", java.time.Instant.ofEpochMilli(block.time()).toString())
        .add("producer", block.producer())
        .add("signature", HEX.formatHex(block.signature()))
        .add("transactions", transactions)
        .build();
  }

  static JsonObject money(Money money) {
    return money(money.currency().getCurrencyCode(), money.amount());
  }

  static JsonObject money(String currency, BigDecimal amount) {
    return JSON.createObjectBuilder()
        .add("currency", currency)
        .add("amount", amount.toPlainString())
        .build();
  }
}
