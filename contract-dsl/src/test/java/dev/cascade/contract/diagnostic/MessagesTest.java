package dev.cascade.contract.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.contract.parse.Keywords;
import dev.cascade.contract.source.Span;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every diagnostic exists in English and in Chinese, with a hint in both. */
class MessagesTest {

  @ParameterizedTest
  @EnumSource(Code.class)
  void everyCodeHasAMessageAndAHintInBothLanguages(Code code) {
    Diagnostic diagnostic = new Diagnostic(code, new Span(1, 1, 1), Collections.nCopies(4, "x"));

    String english = Messages.english().message(diagnostic);
    String chinese = Messages.chinese().message(diagnostic);

    assertThat(english).isNotBlank();
    assertThat(chinese).isNotBlank().isNotEqualTo(english).containsPattern("\\p{IsHan}");
    assertThat(Messages.english().hint(diagnostic)).isPresent();
    assertThat(Messages.chinese().hint(diagnostic)).get().asString().containsPattern("\\p{IsHan}");
  }

  /** A type's Chinese name is no keyword: 期限 is the horizon's, so a duration is 天数. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "a number",
        "a share",
        "a yearly rate",
        "a daily rate",
        "a duration",
        "a date",
        "text",
        "true or false",
        "a certificate",
        "an operation",
        "a party",
        "a part"
      })
  void noChineseNameOfATypeIsAKeyword(String type) {
    Diagnostic wrongType =
        new Diagnostic(Code.E108_WRONG_TYPE, new Span(1, 1, 1), List.of("x", type, "y"));
    String chinese = Messages.chinese().message(wrongType);
    String name = chinese.substring("x 应为 ".length(), chinese.indexOf("，"));

    assertThat(name).doesNotContain(" ").containsPattern("\\p{IsHan}");
    assertThat(Keywords.CHINESE).doesNotContain(name);
  }

  /**
   * Without its Chinese line, a phrase of the layout would show in English: no fallback hides it.
   */
  @Test
  void everyPhraseOfTheLayoutIsInChinese() throws IOException {
    Properties english = bundle("messages.properties");
    Properties chinese = bundle("messages_zh.properties");

    assertThat(chinese.stringPropertyNames()).containsAll(english.stringPropertyNames());
  }

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (Reader reader =
        Files.newBufferedReader(
            Path.of("src/main/resources/dev/cascade/contract/diagnostic", name),
            StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
