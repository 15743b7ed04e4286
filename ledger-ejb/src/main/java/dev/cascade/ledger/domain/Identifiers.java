package dev.cascade.ledger.domain;

import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What ids and names may look like: what REST paths, storage keys and people can all carry. The
 * ledger refuses anything else, whoever signed it; the REST layer checks the same patterns first.
 */
public final class Identifiers {

  /** Certificate and document ids. */
  public static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

  public static final String ID_RULE =
      "an id is 1 to 64 letters, digits, '.', '_' or '-' and starts with a letter or digit";

  /** Enterprise names: letters of any script, digits, spaces and a little punctuation. */
  public static final String NAME = "[\\p{L}\\p{N}][\\p{L}\\p{N} .,&()'-]{0,99}";

  public static final String NAME_RULE =
      "a name is 1 to 100 letters, digits, spaces and . , & ( ) ' - and starts with a letter or"
          + " digit";

  /** The longest tax id or document number. */
  public static final int MAX_TEXT = 64;

  public static final String WELL_FORMED = "identities are well formed";
  public static final String UNIQUE = "identities are unique";

  private static final Pattern ID_PATTERN = Pattern.compile(ID);
  private static final Pattern NAME_PATTERN = Pattern.compile(NAME);

  private Identifiers() {}

  /**
   * @throws InvariantViolation naming {@code what} when {@code value} is not an id
   */
  public static void requireId(String what, String value) {
    require(ID_PATTERN, ID_RULE, what, value);
  }

  /**
   * @throws InvariantViolation naming {@code what} when {@code value} is not a name
   */
  public static void requireName(String what, String value) {
    require(NAME_PATTERN, NAME_RULE, what, value);
  }

  /**
   * @throws InvariantViolation naming {@code what} when {@code value} is blank or longer than
   *     {@value #MAX_TEXT} characters
   */
  public static void requireText(String what, String value) {
    if (value.isBlank() || value.length() > MAX_TEXT) {
      throw new InvariantViolation(WELL_FORMED, what + " has 1 to " + MAX_TEXT + " characters");
    }
  }

  /**
   * @throws InvariantViolation when {@code ids} are not ids or repeat one another
   */
  public static void requireDistinctIds(String what, List<String> ids) {
    ids.forEach(id -> requireId(what, id));
    if (new HashSet<>(ids).size() != ids.size()) {
      throw new InvariantViolation(UNIQUE, what + "s " + ids + " repeat one another");
    }
  }

  private static void require(Pattern pattern, String rule, String what, String value) {
    if (!pattern.matcher(value).matches()) {
      throw new InvariantViolation(
          WELL_FORMED,
          what
              + " '"
              + (value.length() > 40 ? value.substring(0, 40) + "…" : value)
              + "' is not allowed: "
              + rule);
    }
  }
}
