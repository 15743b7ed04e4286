package dev.cascade.bench;

import dev.cascade.ledger.application.Operation;
import dev.cascade.ledger.crypto.SignatureScheme;
import dev.cascade.ledger.domain.Money;
import dev.cascade.ledger.domain.TradeDocument;
import dev.cascade.ledger.transaction.SignedTransaction;
import dev.cascade.ledger.transaction.Transaction;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A load driver for a running Cascade node (README command 1): client-signed transactions over
 * REST, end to end (signed here, verified, applied and sealed into a block there, answered when
 * committed), from many concurrent clients; then the same machine's raw signature-verification rate
 * for the same scheme, measured in the same run with the same number of threads.
 *
 * <pre>
 * runtime-ear/load [baseUrl] [clients] [transactionsPerClient]
 * </pre>
 */
public final class LoadDriver {

  private static final SignatureScheme SCHEME = SignatureScheme.SM2;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private LoadDriver() {}

  public static void main(String[] arguments) throws Exception {
    String base = arguments.length > 0 ? arguments[0] : "http://localhost:8080/cascade/api/";
    int clients = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 32;
    int perClient = arguments.length > 2 ? Integer.parseInt(arguments[2]) : 200;
    String run = UUID.randomUUID().toString().substring(0, 6);

    List<KeyPair> keys = new ArrayList<>();
    List<String> names = new ArrayList<>();
    SecureRandom random = new SecureRandom();
    for (int c = 0; c < clients; c++) {
      names.add("Load Supplier " + run + " " + c);
      keys.add(SCHEME.generateKeyPair(random));
    }
    ExecutorService registrations = Executors.newFixedThreadPool(Math.min(clients, 64));
    List<Future<?>> registered = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      registered.add(
          registrations.submit(
              () -> {
                register(base, names.get(client), keys.get(client));
                return null;
              }));
    }
    for (Future<?> r : registered) {
      r.get();
    }
    registrations.shutdown();
    System.out.printf(
        Locale.ROOT, "%d clients registered; %d transactions each%n", clients, perClient);

    // warm-up: a few transactions per client
    drive(base, names, keys, 5, "warm" + run, new long[clients * 5]);
    long[] latencies = new long[clients * perClient];
    long start = System.nanoTime();
    drive(base, names, keys, perClient, run, latencies);
    double seconds = (System.nanoTime() - start) / 1e9;
    java.util.Arrays.sort(latencies);
    double throughput = clients * perClient / seconds;
    double raw = rawVerificationRate(Math.max(2, Runtime.getRuntime().availableProcessors()));
    System.out.printf(
        Locale.ROOT,
        "end to end: %.0f tx/s over %.1f s; latency p50 %.1f ms, p99 %.1f ms%n"
            + "raw %s verification on this machine: %.0f /s%n"
            + "ratio: %.1f%%%n",
        throughput,
        seconds,
        latencies[latencies.length / 2] / 1e6,
        latencies[(int) (latencies.length * 0.99)] / 1e6,
        SCHEME,
        raw,
        100 * throughput / raw);
  }

  private static void drive(
      String base, List<String> names, List<KeyPair> keys, int count, String run, long[] latencies)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(names.size());
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      int client = c;
      done.add(
          pool.submit(
              () -> {
                for (int i = 0; i < count; i++) {
                  long nonce = System.nanoTime();
                  SignedTransaction signed =
                      anchor(
                          names.get(client), keys.get(client), nonce, run + "-" + client + "-" + i);
                  long sent = System.nanoTime();
                  int status = post(base + "transactions", body(signed));
                  latencies[client * count + i] = System.nanoTime() - sent;
                  if (status != 200) {
                    throw new IllegalStateException("HTTP " + status);
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
  }

  private static SignedTransaction anchor(String seller, KeyPair key, long nonce, String id) {
    Operation operation =
        new Operation.Anchor(
            "L" + id,
            TradeDocument.Kind.INVOICE,
            id,
            seller,
            "TAX-" + seller.hashCode(),
            "Geely Auto",
            Money.of("CNY", "125,000.00"),
            LocalDate.of(2026, 11, 20),
            HexFormat.of().formatHex(new byte[32]));
    Transaction transaction =
        new Transaction(operation.event(), seller, nonce, operation.canonical());
    return new SignedTransaction(
        transaction, SCHEME.sign(key.getPrivate(), transaction.canonical()));
  }

  private static String body(SignedTransaction signed) {
    return "{\"signedTransaction\":\""
        + Base64.getEncoder().encodeToString(signed.canonical())
        + "\"}";
  }

  private static void register(String base, String name, KeyPair key)
      throws IOException, InterruptedException {
    String publicKey = Base64.getEncoder().encodeToString(key.getPublic().getEncoded());
    check(
        post(
            base + "enterprises",
            "{\"signer\":\"Cascade Operator\",\"name\":\""
                + name
                + "\",\"taxId\":\"TAX-"
                + name.hashCode()
                + "\",\"roles\":[\"SUPPLIER\"],\"publicKey\":\""
                + publicKey
                + "\"}"));
    check(
        post(
            base + "enterprises/" + name.replace(" ", "%20") + "/approval",
            "{\"signer\":\"Cascade Operator\"}"));
  }

  private static void check(int status) {
    if (status != 200) {
      throw new IllegalStateException("set-up failed: HTTP " + status);
    }
  }

  private static int post(String url, String json) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return response.statusCode();
  }

  /** Verifications per second of this scheme, on {@code threads} threads, for 3 seconds. */
  private static double rawVerificationRate(int threads) throws Exception {
    KeyPair key = SCHEME.generateKeyPair(new SecureRandom());
    SignedTransaction sample = anchor("Raw Supplier", key, 1, "raw");
    byte[] message = sample.transaction().canonical();
    byte[] signature = sample.signature();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long end = System.nanoTime() + 3_000_000_000L;
    List<Future<Long>> counts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      counts.add(
          pool.submit(
              () -> {
                long n = 0;
                while (System.nanoTime() < end) {
                  if (!SCHEME.verify(key.getPublic(), message, signature)) {
                    throw new IllegalStateException("a good signature did not verify");
                  }
                  n++;
                }
                return n;
              }));
    }
    long total = 0;
    for (Future<Long> c : counts) {
      total += c.get();
    }
    pool.shutdown();
    return total / 3.0;
  }
}
