package dev.cascade.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Cascade's REST API as a bank's or supplier's system would call it, with the custodial keys the
 * server keeps: one method per operation, each answering the raw HTTP answer. Names carry a
 * per-client suffix, so tests never collide on one server.
 */
public final class CascadeClient {

  public static final String OPERATOR = "Cascade Operator";

  private final Http http = new Http(CascadeEar.BASE_URL);
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);

  /** {@code "Chery Auto"} becomes {@code "Chery Auto 1a2b3c4d"}: unique on this server. */
  public String name(String name) {
    return name + " " + suffix;
  }

  public String id(String id) {
    return id + "-" + suffix;
  }

  public Http http() {
    return http;
  }

  public Http.Answer register(String name, String role) {
    return post(
        "api/enterprises",
        Json.createObjectBuilder()
            .add("signer", OPERATOR)
            .add("name", name)
            .add("taxId", taxId(name))
            .add("roles", Json.createArrayBuilder().add(role)));
  }

  /** Registers and approves. */
  public void enterprise(String name, String role) {
    expect(register(name, role), 200);
    expect(post("api/enterprises/" + path(name) + "/approval", signer(OPERATOR)), 200);
  }

  public Http.Answer grantCredit(String bank, String core, String amount) {
    return post(
        "api/enterprises/" + path(core) + "/credit-lines",
        signer(bank).add("limit", money(amount)));
  }

  public Http.Answer anchorInvoice(
      String id, String number, String seller, String buyer, String amount, LocalDate date) {
    return post("api/documents", invoice(id, number, seller, taxId(seller), buyer, amount, date));
  }

  /** The body that anchors an invoice, signed by its seller. */
  public static JsonObjectBuilder invoice(
      String id,
      String number,
      String seller,
      String sellerTaxId,
      String buyer,
      String amount,
      LocalDate date) {
    return signer(seller)
        .add("id", id)
        .add("kind", "INVOICE")
        .add("number", number)
        .add("seller", seller)
        .add("sellerTaxId", sellerTaxId)
        .add("buyer", buyer)
        .add("amount", money(amount))
        .add("date", date.toString())
        .add("contentHash", HexFormat.of().formatHex(new byte[32]).replace("00", "ab"));
  }

  public Http.Answer issue(
      String core,
      String id,
      String supplier,
      String amount,
      LocalDate issued,
      LocalDate maturity,
      String invoice) {
    return post(
        "api/certificates",
        signer(core)
            .add("id", id)
            .add("supplier", supplier)
            .add("amount", money(amount))
            .add("issued", issued.toString())
            .add("maturity", maturity.toString())
            .add("invoice", invoice));
  }

  public Http.Answer accept(String holder, String id) {
    return post("api/certificates/" + id + "/acceptance", signer(holder));
  }

  public Http.Answer transfer(
      String holder, String id, String to, String amount, String... newIds) {
    JsonArrayBuilder ids = Json.createArrayBuilder();
    List.of(newIds).forEach(ids::add);
    return post(
        "api/certificates/" + id + "/transfers",
        signer(holder).add("to", to).add("amount", money(amount)).add("newIds", ids));
  }

  public Http.Answer split(String holder, String id, List<String> amounts, List<String> newIds) {
    JsonArrayBuilder parts = Json.createArrayBuilder();
    amounts.forEach(a -> parts.add(money(a)));
    JsonArrayBuilder ids = Json.createArrayBuilder();
    newIds.forEach(ids::add);
    return post(
        "api/certificates/" + id + "/splits",
        signer(holder).add("parts", parts).add("newIds", ids));
  }

  public Http.Answer finance(String holder, String id, String bank, String rate) {
    return post(
        "api/certificates/" + id + "/financing",
        signer(holder).add("bank", bank).add("rate", rate));
  }

  public Http.Answer pledge(String holder, String id, String pledgee) {
    return post("api/certificates/" + id + "/pledge", signer(holder).add("pledgee", pledgee));
  }

  public Http.Answer release(String pledgee, String id) {
    return post("api/certificates/" + id + "/release", signer(pledgee));
  }

  public Http.Answer pay(String core, String id) {
    return post("api/certificates/" + id + "/payment", signer(core));
  }

  public Http.Answer get(String path) {
    return http.get(path);
  }

  public Http.Answer post(String path, JsonObjectBuilder body) {
    return http.postJson(path, body.build().toString());
  }

  /** Fails with the answer's body when the status is not the one expected. */
  public static Http.Answer expect(Http.Answer answer, int status) {
    if (answer.status() != status) {
      throw new AssertionError(
          "expected HTTP " + status + " but got " + answer.status() + ": " + answer.body());
    }
    return answer;
  }

  public static JsonObjectBuilder signer(String signer) {
    return Json.createObjectBuilder().add("signer", signer);
  }

  public static JsonObject money(String amount) {
    return Json.createObjectBuilder()
        .add("currency", "CNY")
        .add("amount", amount.replace(",", ""))
        .build();
  }

  /** The tax id this client registers {@code name} with. */
  public static String taxId(String name) {
    return "91" + Math.abs(name.hashCode());
  }

  public static String path(String name) {
    return name.replace(" ", "%20");
  }
}
