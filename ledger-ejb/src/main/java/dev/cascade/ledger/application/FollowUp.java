package dev.cascade.ledger.application;

import dev.cascade.ledger.chain.CanonicalReader;
import dev.cascade.ledger.chain.CanonicalWriter;
import dev.cascade.ledger.domain.Change;
import dev.cascade.ledger.transaction.SignedTransaction;
import dev.cascade.ledger.transaction.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the programme's contract did automatically after an accepted operation, recorded as a
 * follow-up transaction in the same block: the actions as RCL writes them, and the changes they
 * made (as world-state entries, see {@link StateLayout}). It carries no signature of its own; the
 * block producer's signature covers it, and a replay applies its writes without running the
 * contract again.
 *
 * @param cause the id of the transaction that triggered it, or the day whose time events it holds;
 *     it makes every follow-up's bytes, and so its id, unique
 */
record FollowUp(String cause, String certificateId, List<String> actions, List<Change> changes) {

  static final String OPERATION = "action";
  static final String SIGNER = "contract";

  FollowUp {
    actions = List.copyOf(actions);
    changes = List.copyOf(changes);
  }

  SignedTransaction transaction(long sequence) {
    CanonicalWriter body =
        new CanonicalWriter().text(cause).text(certificateId).number(actions.size());
    actions.forEach(body::text);
    SortedMap<String, byte[]> entries = new TreeMap<>();
    changes.forEach(
        change -> {
          StateLayout.Entry entry = StateLayout.entry(change);
          entries.put(entry.key(), entry.value());
        });
    body.number(entries.size());
    entries.forEach((key, value) -> body.text(key).bytes(value));
    return new SignedTransaction(
        new Transaction(OPERATION, SIGNER, sequence, body.toBytes()), new byte[0]);
  }

  /**
   * What a follow-up may change: a financing's record, a certificate's state (time events), the
   * clock. A replay refuses a follow-up that changes anything else, such as nonces or keys.
   */
  static boolean mayMake(Change change) {
    return change instanceof Change.FinancingRecorded
        || change instanceof Change.CertificateChanged
        || change instanceof Change.ClockAdvanced;
  }

  static boolean is(Transaction transaction) {
    return transaction.operation().equals(OPERATION) && transaction.signer().equals(SIGNER);
  }

  static FollowUp decode(byte[] body) {
    CanonicalReader in = new CanonicalReader(body);
    String cause = in.text();
    String certificateId = in.text();
    List<String> actions = new ArrayList<>();
    for (long i = 0, n = count(in); i < n; i++) {
      actions.add(in.text());
    }
    List<Change> changes = new ArrayList<>();
    for (long i = 0, n = count(in); i < n; i++) {
      changes.add(StateLayout.change(in.text(), in.bytes()));
    }
    in.end();
    return new FollowUp(cause, certificateId, actions, changes);
  }

  private static long count(CanonicalReader in) {
    long count = in.number();
    if (count < 0 || count > 10_000) {
      throw new IllegalArgumentException("a list of " + count + " items is not allowed");
    }
    return count;
  }
}
