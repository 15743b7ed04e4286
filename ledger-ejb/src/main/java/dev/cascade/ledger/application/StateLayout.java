package dev.cascade.ledger.application;

import dev.cascade.ledger.domain.Change;
import dev.cascade.ledger.domain.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Where each kind of {@link Change} lives in the world state, and in which bytes: the one place
 * that turns typed changes into storage keys and canonical bytes ({@link StateCodec}) and back.
 * Every key lies under {@link Keys#STATE}; the state root commits to them in key order.
 */
public final class StateLayout {

  static final String CERTIFICATE = Keys.STATE + "certificate/";
  static final String ENTERPRISE = Keys.STATE + "enterprise/";
  static final String CREDIT = Keys.STATE + "credit/";
  static final String DOCUMENT = Keys.STATE + "document/";
  static final String INVOICE = Keys.STATE + "invoice/";
  static final String NONCE = Keys.STATE + "nonce/";
  static final String PROGRAMME = Keys.STATE + "programme/";
  static final String CURRENT_PROGRAMME = Keys.STATE + "current-programme";

  /** The last block day whose time events have run. */
  static final String CLOCK = Keys.STATE + "clock";

  /** Who founded the ledger: written by its first transaction. */
  static final String FOUNDER = Keys.STATE + "founder";

  static final String FINANCING = Keys.STATE + "financing/";
  static final String OUTSTANDING = Keys.STATE + "outstanding/";
  static final String CREDIT_TOTAL = Keys.STATE + "credit-total/";

  /** A world-state entry: its key and canonical bytes. */
  public record Entry(String key, byte[] value) {}

  private StateLayout() {}

  /** Where {@code change} is written, and what. */
  public static Entry entry(Change change) {
    return change.dispatch(ENTRY);
  }

  /**
   * The change that wrote {@code value} under {@code key}.
   *
   * @throws IllegalArgumentException when the key is no world-state entry or the bytes do not
   *     decode
   */
  public static Change change(String key, byte[] value) {
    if (key.startsWith(CERTIFICATE)) {
      return new Change.CertificateChanged(StateCodec.certificate(value));
    } else if (key.startsWith(ENTERPRISE)) {
      return new Change.EnterpriseChanged(StateCodec.enterprise(value));
    } else if (key.startsWith(DOCUMENT)) {
      return new Change.DocumentAnchored(StateCodec.document(value));
    } else if (key.startsWith(CREDIT)) {
      return new Change.CreditLineSet(StateCodec.creditLine(value));
    } else if (key.startsWith(INVOICE)) {
      return new Change.InvoiceUsed(rest(key, INVOICE), StateCodec.text(value));
    } else if (key.startsWith(NONCE)) {
      return new Change.NonceAdvanced(rest(key, NONCE), StateCodec.number(value));
    } else if (key.startsWith(PROGRAMME)) {
      return new Change.ContractDeployed(rest(key, PROGRAMME), StateCodec.text(value));
    } else if (key.startsWith(FINANCING)) {
      return new Change.FinancingRecorded(StateCodec.financing(value));
    } else if (key.startsWith(OUTSTANDING)) {
      String[] parts = parts(key, OUTSTANDING);
      return new Change.OutstandingChanged(parts[0], total(value, parts[1]));
    } else if (key.startsWith(CREDIT_TOTAL)) {
      String[] parts = parts(key, CREDIT_TOTAL);
      return new Change.CreditTotalChanged(parts[0], total(value, parts[1]));
    } else if (key.equals(CURRENT_PROGRAMME)) {
      return new Change.ProgrammeChosen(StateCodec.text(value));
    } else if (key.equals(CLOCK)) {
      return new Change.ClockAdvanced(LocalDate.parse(StateCodec.text(value)));
    } else if (key.equals(FOUNDER)) {
      return new Change.LedgerFounded(StateCodec.text(value));
    }
    throw new IllegalArgumentException(key + " is not a world-state entry");
  }

  /** Every entry of {@code state} as the change that wrote it, in key order. */
  public static List<Change> changes(Map<String, byte[]> state) {
    List<Change> changes = new ArrayList<>(state.size());
    state.forEach((key, value) -> changes.add(change(key, value)));
    return changes;
  }

  static String certificate(String id) {
    return CERTIFICATE + id;
  }

  static String enterprise(String name) {
    return ENTERPRISE + name;
  }

  static String document(String id) {
    return DOCUMENT + id;
  }

  static String invoice(String fingerprint) {
    return INVOICE + fingerprint;
  }

  static String nonce(String signer) {
    return NONCE + signer;
  }

  static String programme(String contractId) {
    return PROGRAMME + contractId;
  }

  static String financing(String certificateId) {
    return FINANCING + certificateId;
  }

  static String outstanding(String core, Currency currency) {
    return OUTSTANDING + core + "/" + currency.getCurrencyCode();
  }

  static String creditTotal(String core, Currency currency) {
    return CREDIT_TOTAL + core + "/" + currency.getCurrencyCode();
  }

  static String credit(String core, String bank) {
    return CREDIT + core + "/" + bank;
  }

  private static String rest(String key, String prefix) {
    return key.substring(prefix.length());
  }

  /** The core enterprise and the currency code of a total's key. */
  private static String[] parts(String key, String prefix) {
    String rest = rest(key, prefix);
    int slash = rest.lastIndexOf('/');
    if (slash <= 0) {
      throw new IllegalArgumentException(key + " is not a total's key");
    }
    return new String[] {rest.substring(0, slash), rest.substring(slash + 1)};
  }

  private static Money total(byte[] value, String currency) {
    try {
      return StateCodec.total(value, Currency.getInstance(currency));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a total: " + e.getMessage(), e);
    }
  }

  private static final Change.Visitor<Entry> ENTRY =
      new Change.Visitor<>() {
        @Override
        public Entry enterprise(Change.EnterpriseChanged change) {
          return new Entry(
              StateLayout.enterprise(change.enterprise().name()),
              StateCodec.enterprise(change.enterprise()));
        }

        @Override
        public Entry founded(Change.LedgerFounded change) {
          return new Entry(FOUNDER, StateCodec.text(change.operator()));
        }

        @Override
        public Entry document(Change.DocumentAnchored change) {
          return new Entry(
              StateLayout.document(change.document().id()), StateCodec.document(change.document()));
        }

        @Override
        public Entry invoiceUsed(Change.InvoiceUsed change) {
          return new Entry(invoice(change.fingerprint()), StateCodec.text(change.documentId()));
        }

        @Override
        public Entry creditLine(Change.CreditLineSet change) {
          return new Entry(
              credit(change.line().core(), change.line().bank()),
              StateCodec.creditLine(change.line()));
        }

        @Override
        public Entry creditTotal(Change.CreditTotalChanged change) {
          return new Entry(
              StateLayout.creditTotal(change.core(), change.total().currency()),
              StateCodec.total(change.total()));
        }

        @Override
        public Entry contract(Change.ContractDeployed change) {
          return new Entry(
              StateLayout.programme(change.contractId()), StateCodec.text(change.source()));
        }

        @Override
        public Entry programme(Change.ProgrammeChosen change) {
          return new Entry(CURRENT_PROGRAMME, StateCodec.text(change.contractId()));
        }

        @Override
        public Entry certificate(Change.CertificateChanged change) {
          return new Entry(
              StateLayout.certificate(change.certificate().id()),
              StateCodec.certificate(change.certificate()));
        }

        @Override
        public Entry outstanding(Change.OutstandingChanged change) {
          return new Entry(
              StateLayout.outstanding(change.core(), change.total().currency()),
              StateCodec.total(change.total()));
        }

        @Override
        public Entry financing(Change.FinancingRecorded change) {
          return new Entry(
              StateLayout.financing(change.financing().certificateId()),
              StateCodec.financing(change.financing()));
        }

        @Override
        public Entry nonce(Change.NonceAdvanced change) {
          return new Entry(StateLayout.nonce(change.signer()), StateCodec.number(change.nonce()));
        }

        @Override
        public Entry clock(Change.ClockAdvanced change) {
          return new Entry(CLOCK, StateCodec.text(change.day().toString()));
        }
      };
}
