package dev.cascade.contract.diagnostic;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/** The texts of diagnostics in one language. */
public final class Messages {

  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  private static final String BUNDLE = "dev.cascade.contract.diagnostic.messages";

  private final ResourceBundle bundle;
  private final Locale locale;

  private Messages(Locale locale) {
    this.locale = locale;
    // No fallback to the JVM's default locale: the language is what the user chose.
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public static Messages english() {
    return new Messages(ENGLISH);
  }

  public static Messages chinese() {
    return new Messages(CHINESE);
  }

  /** {@code zh} for Chinese, anything else for English. */
  public static Messages forLanguage(String language) {
    return language.toLowerCase(Locale.ROOT).startsWith("zh") ? chinese() : english();
  }

  public Locale locale() {
    return locale;
  }

  public String message(Diagnostic diagnostic) {
    return format(diagnostic.code().id(), diagnostic);
  }

  /**
   * The hint. A did-you-mean hint has the suggestion as its next-to-last argument and the known
   * names as its last; without a suggestion, the {@code .hint.none} text (listing what exists) is
   * used instead. Other hints with two forms choose the same way: W002 has no owner to name for a
   * view ({@code there is a guarantor}).
   */
  public Optional<String> hint(Diagnostic diagnostic) {
    String key = diagnostic.code().id() + ".hint";
    List<String> arguments = diagnostic.arguments();
    if (bundle.containsKey(key + ".none")
        && arguments.size() > 1
        && arguments.get(arguments.size() - 2).isEmpty()) {
      key = key + ".none";
    }
    return bundle.containsKey(key) ? Optional.of(format(key, diagnostic)) : Optional.empty();
  }

  /** A phrase of the report layout ("error", "hint", ...). */
  public String word(String key) {
    return bundle.getString("word." + key);
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  private String format(String key, Diagnostic diagnostic) {
    Object[] arguments = diagnostic.arguments().stream().map(this::term).toArray();
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  /** Type descriptions ("a number", "money (CNY)") in this language, where it has its own words. */
  private String term(String argument) {
    if (bundle.containsKey("term." + argument)) {
      return bundle.getString("term." + argument);
    }
    if (argument.startsWith("money (") && bundle.containsKey("term.money")) {
      return MessageFormat.format(
          bundle.getString("term.money"), argument.substring(7, argument.length() - 1));
    }
    if (argument.startsWith("a list of ") && bundle.containsKey("term.list")) {
      return MessageFormat.format(bundle.getString("term.list"), term(argument.substring(10)));
    }
    return argument;
  }
}
