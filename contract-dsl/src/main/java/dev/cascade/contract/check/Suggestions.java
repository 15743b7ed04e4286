package dev.cascade.contract.check;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "did you mean …?" — the closest known name, if one is close enough to be a typo. */
final class Suggestions {

  private static final int MAX_EDITS = 3;
  private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(MAX_EDITS);

  private Suggestions() {}

  static Optional<String> closest(String written, Collection<String> known) {
    String lower = written.toLowerCase(Locale.ROOT);
    return known.stream()
        .filter(candidate -> DISTANCE.apply(lower, candidate.toLowerCase(Locale.ROOT)) >= 0)
        .min(
            Comparator.comparingInt(
                    (String candidate) -> DISTANCE.apply(lower, candidate.toLowerCase(Locale.ROOT)))
                .thenComparing(Comparator.naturalOrder()));
  }

  /** Arguments for a did-you-mean hint: the suggestion (or "") and all known names. */
  static Object[] hintArguments(String written, Collection<String> known) {
    return new Object[] {
      closest(written, known).orElse(""), String.join(", ", known.stream().sorted().toList())
    };
  }
}
