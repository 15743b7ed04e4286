package dev.cascade.contract.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.contract.runtime.Event;
import dev.cascade.contract.runtime.Occasion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The keywords misspellings are compared with are the lexer grammar's, all of them. */
class KeywordsTest {

  private static final Pattern RULE = Pattern.compile("^[A-Z_]+\\s*:\\s*(.*);");
  private static final Pattern LITERAL = Pattern.compile("'([A-Za-z\\u4e00-\\u9fff]+)'");

  @Test
  void theListIsTheGrammarsKeywords() throws Exception {
    List<String> grammar = new ArrayList<>();
    for (String line :
        Files.readAllLines(Path.of("src/main/antlr4/dev/cascade/contract/parse/RclLexer.g4"))) {
      Matcher rule = RULE.matcher(line);
      if (rule.find()) {
        Matcher literal = LITERAL.matcher(rule.group(1));
        while (literal.find()) {
          grammar.add(literal.group(1));
        }
      }
    }
    List<String> listed = new ArrayList<>(Keywords.ENGLISH);
    listed.addAll(Keywords.CHINESE);
    assertThat(listed).hasSizeGreaterThan(100).containsExactlyInAnyOrderElementsOf(grammar);
  }

  @Test
  void eventsAreNamedInEitherLanguage() {
    for (Event event : Event.values()) {
      String chinese = Keywords.chinese(Keywords.type(event.word()).orElseThrow()).orElseThrow();
      assertThat(Keywords.occasion(chinese)).as(chinese).contains(Occasion.of(event));
      assertThat(Keywords.occasion(event.word())).contains(Occasion.of(event));
    }
    assertThat(Keywords.occasion("天")).contains(Occasion.day());
    assertThat(Keywords.occasion("day")).contains(Occasion.day());
    assertThat(Keywords.occasion("如果")).isEmpty();
    assertThat(Keywords.occasion("finanse")).isEmpty();
  }

  @Test
  void theKeywordsANameMayReuseAreTheGrammars() throws Exception {
    String grammar =
        Files.readString(Path.of("src/main/antlr4/dev/cascade/contract/parse/RclParser.g4"));
    String rule = grammar.substring(grammar.indexOf("\nword\n"));
    rule = rule.substring(0, rule.indexOf(';'));
    List<String> inGrammar = new ArrayList<>();
    Matcher token = Pattern.compile("\\b([A-Z_]+)\\b").matcher(rule);
    while (token.find()) {
      if (!token.group(1).equals("IDENT")) {
        inGrammar.add(token.group(1));
      }
    }
    List<String> listed =
        NameWords.WORD_KEYWORDS.stream().map(RclLexer.VOCABULARY::getSymbolicName).toList();
    assertThat(listed).hasSizeGreaterThan(10).containsExactlyInAnyOrderElementsOf(inGrammar);
  }
}
