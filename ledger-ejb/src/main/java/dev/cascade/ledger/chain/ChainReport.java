package dev.cascade.ledger.chain;

import java.util.Optional;

/**
 * What verifying a chain found: everything sound, or the first bad height and why.
 *
 * @param verified how many blocks were found sound before the first bad one
 */
public record ChainReport(long verified, Optional<Failure> failure) {

  /** The first block that does not verify. */
  public record Failure(long height, String reason) {}

  public boolean sound() {
    return failure.isEmpty();
  }
}
