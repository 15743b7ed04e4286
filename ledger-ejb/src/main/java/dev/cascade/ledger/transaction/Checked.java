package dev.cascade.ledger.transaction;

import java.util.Optional;
import java.util.function.Function;

/**
 * The one shape of every accept-or-reject answer in the ledger: a value that passed its checks, or
 * the {@link Rejection} that stopped it. Callers {@link #fold} it, so no caller reads a value that
 * is not there.
 */
public sealed interface Checked<T> {

  /** It passed, and this is what came of it. */
  record Passed<T>(T value) implements Checked<T> {
    @Override
    public <R> R fold(
        Function<? super Rejection, ? extends R> refused, Function<? super T, ? extends R> passed) {
      return passed.apply(value);
    }
  }

  /** It was refused, and nothing changed. */
  record Refused<T>(Rejection rejection) implements Checked<T> {
    @Override
    public <R> R fold(
        Function<? super Rejection, ? extends R> refused, Function<? super T, ? extends R> passed) {
      return refused.apply(rejection);
    }
  }

  static <T> Checked<T> passed(T value) {
    return new Passed<>(value);
  }

  static <T> Checked<T> refused(Rejection rejection) {
    return new Refused<>(rejection);
  }

  /** What {@code passed} makes of the value, or {@code refused} of the rejection. */
  <R> R fold(
      Function<? super Rejection, ? extends R> refused, Function<? super T, ? extends R> passed);

  /** The value made into another, if it passed. */
  default <U> Checked<U> map(Function<? super T, ? extends U> next) {
    return fold(Checked::refused, value -> passed(next.apply(value)));
  }

  /** The next check on the value, if it passed. */
  default <U> Checked<U> then(Function<? super T, Checked<U>> next) {
    return fold(Checked::refused, next);
  }

  default boolean passed() {
    return fold(rejection -> false, value -> true);
  }

  /**
   * The value, for a caller that knows it passed.
   *
   * @throws IllegalStateException naming the rule and message when it was refused
   */
  default T orElseThrow() {
    return fold(
        rejection -> {
          throw new IllegalStateException(
              "refused by " + rejection.rule() + ": " + rejection.message());
        },
        value -> value);
  }

  /** Why it was refused; empty when it passed. */
  default Optional<Rejection> refusal() {
    return fold(Optional::of, value -> Optional.empty());
  }
}
