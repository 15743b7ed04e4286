package dev.cascade.ledger.domain;

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

  private Identifiers() {}
}
