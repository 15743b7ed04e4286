package dev.cascade.bench;

import dev.cascade.ledger.application.Operation;
import dev.cascade.ledger.crypto.SignatureScheme;
import dev.cascade.ledger.domain.Money;
import dev.cascade.ledger.domain.document.TradeDocument;
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
 * committed), from many concurrent clients; and the same machine's raw signature-verification rate
 * for the same scheme, measured in the same run, just before and just after, on as many threads as
 * the machine has cores. Clients sign all their transactions before the clock starts: signing is
 * their work, not the node's, and here they share the node's cores.
 *
 * <pre>
 * runtime-ear/load [baseUrl[,baseUrl...]] [clients] [transactionsPerClient] [batch]
 * </pre>
 *
 * <p>With several base URLs (the nodes of a cluster), the clients are spread across them, client
 * {@code c} sending to node {@code c} modulo their number; each client's enterprise is registered
 * through the first node, and the run starts once every node shows them all.
 *
 * <p>With {@code batch} above 1, each client sends its transactions that many at a time to {@code
 * POST /api/transactions/batch}, and latency is that of a whole batch.
 */
public final class LoadDriver {

  private static final SignatureScheme SCHEME = SignatureScheme.SM2;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private LoadDriver() {}

  public static void main(String[] arguments) throws Exception {
    List<String> bases =
        List.of(
            (arguments.length > 0 ? arguments[0] : "http://localhost:8080/cascade/api/")
                .split(","));
    String base = bases.get(0);
    int clients = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 32;
    int perClient = arguments.length > 2 ? Integer.parseInt(arguments[2]) : 200;
    int batch = arguments.length > 3 ? Integer.parseInt(arguments[3]) : 1;
    if (batch < 1 || perClient % batch != 0) {
      throw new IllegalArgumentException("transactionsPerClient must be a multiple of batch");
    }
    String run = UUID.randomUUID().toString().substring(0, 6);

    List<KeyPair> keys = new ArrayList<>();
    List<String> names = new ArrayList<>();
    SecureRandom random = new SecureRandom();
    for (int c = 0; c < clients; c++) {
      names.add("Load Supplier " + run + " " + c);
      keys.add(SCHEME.generateKeyPair(random));
    }
    ExecutorService registrations =
        Executors.newFixedThreadPool(Math.min(clients, 64), LoadDriver::daemon);
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
    for (String node : bases) {
      for (String name : names) {
        awaitEnterprise(node, name);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d clients registered; %d transactions each, %d a request%n",
        clients,
        perClient,
        batch);

    // warm-up: a few requests per client
    drive(bases, names, keys, 5 * batch, batch, "warm" + run, new long[clients * 5]);
    long[] latencies = new long[clients * perClient / batch];
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    double rawBefore = rawVerificationRate(threads);
    drive(bases, names, keys, perClient, batch, run, latencies);
    double seconds = elapsed / 1e9;
    java.util.Arrays.sort(latencies);
    double throughput = clients * perClient / seconds;
    // measured before and after the run; the faster is the machine's rate, and the ratio is
    // taken against it (the server may still be busy, compiling say, on either side)
    double rawAfter = rawVerificationRate(threads);
    double raw = Math.max(rawBefore, rawAfter);
    System.out.printf(
        Locale.ROOT,
        "end to end: %.0f tx/s over %.1f s; latency p50 %.1f ms, p99 %.1f ms%n"
            + "raw %s verification on this machine: %.0f /s (before the run %.0f, after %.0f)%n"
            + "ratio: %.1f%%%n",
        throughput,
        seconds,
        latencies[latencies.length / 2] / 1e6,
        latencies[(int) (latencies.length * 0.99)] / 1e6,
        SCHEME,
        raw,
        rawBefore,
        rawAfter,
        100 * throughput / raw);
  }

  private static void drive(
      List<String> bases,
      List<String> names,
      List<KeyPair> keys,
      int count,
      int batch,
      String run,
      long[] latencies)
      throws Exception {
    // signed and encoded before the clock starts: signing is the clients' work, not the node's,
    // and the clients share this machine's cores with the node
    int requests = count / batch;
    List<List<String>> bodies = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      List<String> mine = new ArrayList<>(requests);
      for (int r = 0; r < requests; r++) {
        List<SignedTransaction> signed = new ArrayList<>();
        for (int i = r * batch; i < (r + 1) * batch; i++) {
          // nonces count up across runs: a nanosecond clock, read in signing order
          signed.add(anchor(names.get(c), keys.get(c), System.nanoTime(), run + "-" + c + "-" + i));
        }
        mine.add(batch == 1 ? body(signed.get(0)) : batchBody(signed));
      }
      bodies.add(mine);
    }
    ExecutorService pool = Executors.newFixedThreadPool(names.size(), LoadDriver::daemon);
    List<Future<?>> done = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < names.size(); c++) {
      int client = c;
      done.add(
          pool.submit(
              () -> {
                for (int r = 0; r < requests; r++) {
                  long sent = System.nanoTime();
                  HttpResponse<String> response =
                      post(
                          bases.get(client % bases.size())
                              + (batch == 1 ? "transactions" : "transactions/batch"),
                          bodies.get(client).get(r));
                  latencies[client * requests + r] = System.nanoTime() - sent;
                  if (response.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + response.statusCode());
                  }
                  int committed = response.body().split("\"status\":\"committed\"", -1).length - 1;
                  if (committed != batch) {
                    throw new IllegalStateException(
                        committed + " of " + batch + " committed: " + response.body());
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    elapsed = System.nanoTime() - start;
    pool.shutdown();
  }

  /** How long the last {@link #drive} took, signing left out. */
  private static long elapsed;

  /** Daemon threads: a failed request ends the run with its error instead of leaving it hanging. */
  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task);
    thread.setDaemon(true);
    return thread;
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

  private static String batchBody(List<SignedTransaction> batch) {
    StringBuilder json = new StringBuilder("{\"signedTransactions\":[");
    for (int i = 0; i < batch.size(); i++) {
      json.append(i == 0 ? "\"" : ",\"")
          .append(Base64.getEncoder().encodeToString(batch.get(i).canonical()))
          .append('"');
    }
    return json.append("]}").toString();
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

  /** Waits until the node at {@code base} shows enterprise {@code name}, for up to a minute. */
  private static void awaitEnterprise(String base, String name)
      throws IOException, InterruptedException {
    URI uri = URI.create(base + "enterprises/" + name.replace(" ", "%20"));
    for (int i = 0; i < 600; i++) {
      HttpResponse<String> answer =
          HTTP.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() == 200) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(base + " does not show " + name + " after a minute");
  }

  private static void check(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException("set-up failed: HTTP " + response.statusCode());
    }
  }

  private static HttpResponse<String> post(String url, String json)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Verifications per second of this scheme, on {@code threads} threads, for 3 seconds. */
  private static double rawVerificationRate(int threads) throws Exception {
    KeyPair key = SCHEME.generateKeyPair(new SecureRandom());
    SignedTransaction sample = anchor("Raw Supplier", key, 1, "raw");
    byte[] message = sample.transaction().canonical();
    byte[] signature = sample.signature();
    ExecutorService pool = Executors.newFixedThreadPool(threads, LoadDriver::daemon);
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
