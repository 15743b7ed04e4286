package dev.cascade.ledger;

import static dev.cascade.testsupport.CascadeClient.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.ledger.application.Operation;
import dev.cascade.ledger.chain.InclusionProof;
import dev.cascade.ledger.crypto.SignatureScheme;
import dev.cascade.ledger.transaction.SignedTransaction;
import dev.cascade.ledger.transaction.Transaction;
import dev.cascade.testsupport.CascadeClient;
import dev.cascade.testsupport.CascadeEar;
import dev.cascade.testsupport.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An enterprise that keeps its own key: it registers its public key, signs its transactions itself
 * and submits them pre-signed; forged signatures and replays are refused. Its transactions come
 * with inclusion proofs that verify offline, and a modified proof does not.
 */
@ExtendWith(ArquillianExtension.class)
class ClientSigningIT {

  private static final SignatureScheme SCHEME = SignatureScheme.SM2; // the test servers' default

  private final CascadeClient cascade = new CascadeClient();
  private final LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
  private final String core = cascade.name("Dongfeng Motor");
  private final String supplier = cascade.name("Xiangyang Axles");
  private final String c = cascade.id("DF");
  private final KeyPair keys = SCHEME.generateKeyPair(new SecureRandom());

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return CascadeEar.fromBuild();
  }

  @BeforeEach
  void aSupplierWithItsOwnKeyHoldsACertificate() {
    cascade.enterprise(core, "CORE");
    String bank = cascade.name("Hubei Bank");
    cascade.enterprise(bank, "BANK");
    expect(
        cascade.post(
            "api/enterprises",
            CascadeClient.signer(CascadeClient.OPERATOR)
                .add("name", supplier)
                .add("taxId", "91420600AXLE00001")
                .add("roles", Json.createArrayBuilder().add("SUPPLIER"))
                .add(
                    "publicKey",
                    Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()))),
        200);
    expect(
        cascade.post(
            "api/enterprises/" + CascadeClient.path(supplier) + "/approval",
            CascadeClient.signer(CascadeClient.OPERATOR)),
        200);
    expect(cascade.grantCredit(bank, core, "2,000,000.00"), 200);
    expect(
        submit(
            sign(
                keys,
                1,
                new Operation.Anchor(
                    cascade.id("INV"),
                    dev.cascade.ledger.domain.document.TradeDocument.Kind.INVOICE,
                    cascade.id("42000001"),
                    supplier,
                    "91420600AXLE00001",
                    core,
                    dev.cascade.ledger.domain.Money.of("CNY", "500,000.00"),
                    today,
                    "ab".repeat(32)))),
        200);
    expect(
        cascade.issue(
            core, c, supplier, "500,000.00", today, today.plusDays(60), cascade.id("INV")),
        200);
  }

  @Test
  void aPreSignedTransactionIsCommittedAndItsProofVerifiesOffline() {
    JsonObject accepted = expect(submit(sign(keys, 2, new Operation.Accept(c))), 200).json();
    assertThat(accepted.getString("status")).isEqualTo("committed");
    String id = accepted.getString("transaction");

    JsonObject status = cascade.get("api/transactions/" + id).json();
    assertThat(status.getString("status")).isEqualTo("committed");
    assertThat(status.getJsonNumber("block").longValue())
        .isEqualTo(accepted.getJsonNumber("block").longValue());

    Http.Answer proof = cascade.get("api/transactions/" + id + "/proof");
    assertThat(proof.status()).isEqualTo(200);
    InclusionProof read = InclusionProof.read(proof.body());
    assertThat(read.verify()).isTrue();
    String blockRoot =
        cascade.get("api/blocks/" + read.height()).json().getString("transactionsRoot");
    assertThat(proof.body()).contains("root=" + blockRoot);

    String modified =
        proof
            .body()
            .replaceFirst("entry=(.)", "entry=" + (proof.body().contains("entry=0") ? "1" : "0"));
    assertThat(InclusionProof.read(modified).verify()).isFalse();
  }

  @Test
  void aForgedSignatureAndAReplayedNonceAreRefused() {
    KeyPair forger = SCHEME.generateKeyPair(new SecureRandom());
    Http.Answer forged = submit(sign(forger, 2, new Operation.Accept(c)));
    assertThat(forged.status()).isEqualTo(422);
    assertThat(forged.json().getString("rule")).isEqualTo("signatures are valid");

    SignedTransaction accept = sign(keys, 2, new Operation.Accept(c));
    JsonObject first = expect(submit(accept), 200).json();
    String before = cascade.get("api/certificates/" + c).body();
    // a nonce used again, by another transaction: refused
    Http.Answer replayed =
        submit(sign(keys, 2, new Operation.Pledge(c, cascade.name("Hubei Bank"))));
    assertThat(replayed.status()).isEqualTo(422);
    assertThat(replayed.json().getString("rule")).isEqualTo("a nonce is used once");
    // the very same signed bytes again (a client retrying): where the first one is, not twice
    JsonObject again = expect(submit(accept), 200).json();
    assertThat(again.getString("transaction")).isEqualTo(first.getString("transaction"));
    assertThat(again.getJsonNumber("block")).isEqualTo(first.getJsonNumber("block"));
    assertThat(cascade.get("api/certificates/" + c).body()).isEqualTo(before);

    Http.Answer garbage =
        cascade.post(
            "api/transactions", Json.createObjectBuilder().add("signedTransaction", "AAAA"));
    assertThat(garbage.status()).isEqualTo(400);
    assertThat(cascade.get("api/transactions/" + "00".repeat(32)).status()).isEqualTo(404);
  }

  @Test
  void aBatchIsAnsweredTransactionByTransactionAndABadOneSubmitsNothing() {
    String before = cascade.get("api/certificates/" + c).body();
    SignedTransaction accept = sign(keys, 2, new Operation.Accept(c));
    // not base64 at position 1: a 400 that names it, and the valid first one is not submitted
    Http.Answer invalid =
        cascade.post(
            "api/transactions/batch",
            Json.createObjectBuilder()
                .add(
                    "signedTransactions",
                    Json.createArrayBuilder().add(encode(accept)).add("not base64!")));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().getString("detail")).contains("signedTransactions[1]");
    assertThat(cascade.get("api/certificates/" + c).body()).isEqualTo(before);
    Http.Answer empty =
        cascade.post(
            "api/transactions/batch",
            Json.createObjectBuilder().add("signedTransactions", Json.createArrayBuilder()));
    assertThat(empty.status()).isEqualTo(400);

    KeyPair forger = SCHEME.generateKeyPair(new SecureRandom());
    JsonObject answer =
        expect(
                cascade.post(
                    "api/transactions/batch",
                    Json.createObjectBuilder()
                        .add(
                            "signedTransactions",
                            Json.createArrayBuilder()
                                .add(encode(accept))
                                .add(encode(sign(forger, 3, new Operation.Cancel(c))))
                                .add(encode(accept)) // the same bytes again: applied once
                                .add(
                                    encode(
                                        sign(
                                            keys,
                                            3,
                                            new Operation.Pledge(
                                                c, cascade.name("Hubei Bank"))))))),
                200)
            .json();

    var receipts = answer.getJsonArray("receipts");
    assertThat(receipts).hasSize(4);
    assertThat(receipts.getJsonObject(0).getString("status")).isEqualTo("committed");
    assertThat(receipts.getJsonObject(1).getString("status")).isEqualTo("rejected");
    assertThat(receipts.getJsonObject(1).getString("rule")).isEqualTo("signatures are valid");
    assertThat(receipts.getJsonObject(2)).isEqualTo(receipts.getJsonObject(0));
    assertThat(receipts.getJsonObject(3).getString("status")).isEqualTo("committed");
    // applied in the order given: accepted, then pledged
    JsonObject certificate = cascade.get("api/certificates/" + c).json();
    assertThat(certificate.getString("state")).isEqualTo("accepted");
    assertThat(certificate.getString("pledgee")).isEqualTo(cascade.name("Hubei Bank"));
    String pledge = receipts.getJsonObject(3).getString("transaction");
    assertThat(cascade.get("api/transactions/" + pledge).json().getString("status"))
        .isEqualTo("committed");
  }

  private static String encode(SignedTransaction signed) {
    return Base64.getEncoder().encodeToString(signed.canonical());
  }

  private Http.Answer submit(SignedTransaction signed) {
    return cascade.post(
        "api/transactions",
        Json.createObjectBuilder()
            .add("signedTransaction", Base64.getEncoder().encodeToString(signed.canonical())));
  }

  private SignedTransaction sign(KeyPair key, long nonce, Operation operation) {
    Transaction transaction =
        new Transaction(operation.event(), supplier, nonce, operation.canonical());
    return new SignedTransaction(
        transaction, SCHEME.sign(key.getPrivate(), transaction.canonical()));
  }
}
