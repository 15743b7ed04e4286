package dev.cascade.ledger.diagnostics;

import java.time.Instant;

/** What one store (the database or the cache) holds for a probe. */
public record ProbeRecord(String label, Instant writtenAt) {

  private static final char SEPARATOR = '|';

  /** The cache form: the instant first, so a label may contain any character. */
  String encode() {
    return writtenAt.toString() + SEPARATOR + label;
  }

  static ProbeRecord decode(String encoded) {
    int separator = encoded.indexOf(SEPARATOR);
    return new ProbeRecord(
        encoded.substring(separator + 1), Instant.parse(encoded.substring(0, separator)));
  }
}
