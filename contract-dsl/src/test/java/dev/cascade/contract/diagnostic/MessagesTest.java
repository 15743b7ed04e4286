package dev.cascade.contract.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.contract.source.Span;
import java.util.Collections;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
}
