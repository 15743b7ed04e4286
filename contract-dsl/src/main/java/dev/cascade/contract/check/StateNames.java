package dev.cascade.contract.check;

import dev.cascade.contract.ast.ChineseNames;
import dev.cascade.contract.ast.Contract;
import dev.cascade.contract.ast.Expression;
import dev.cascade.contract.diagnostic.Code;
import dev.cascade.contract.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The states {@code certificate.state} is compared with ({@code certificate.state = "逾期"}, {@code
 * certificate.state in ("已兑付", "已作废")}, or in a list parameter). The ledger stores a state by its
 * English name, so a Chinese name stands for its English one, for both engines alike; a name that
 * is neither is E137, as the comparison could never hold.
 */
final class StateNames {

  private final Diagnostics diagnostics;

  /** The parameters, by name: a list of states may be one ({@code watched = "逾期", "已作废"}). */
  private final Map<String, Expression.Literal> parameters = new HashMap<>();

  /** The text literals that name a state in Chinese, and the English name each stands for. */
  private final Map<Expression, String> english = new IdentityHashMap<>();

  /** The literals already looked at: a parameter compared in several rules is reported once. */
  private final Set<Expression> seen = Collections.newSetFromMap(new IdentityHashMap<>());

  StateNames(Diagnostics diagnostics, List<Contract.Parameter> parameters) {
    this.diagnostics = diagnostics;
    parameters.forEach(
        parameter -> this.parameters.put(parameter.name().text(), parameter.value()));
  }

  Map<Expression, String> english() {
    return english;
  }

  /** The two sides of {@code =}, {@code <>} or {@code in}, once they are known to fit. */
  void compared(Expression one, Expression other) {
    if (isState(one)) {
      named(other);
    } else if (isState(other)) {
      named(one);
    }
  }

  private static boolean isState(Expression expression) {
    return expression instanceof Expression.Path path && path.text().equals("certificate.state");
  }

  private void named(Expression written) {
    if (written instanceof Expression.Path path && parameters.containsKey(path.text())) {
      named(parameters.get(path.text()));
    } else if (written instanceof Expression.ListLiteral list) {
      list.elements().forEach(this::named);
    } else if (written instanceof Expression.TextLiteral text
        && seen.add(text)
        && !Schema.CERTIFICATE_STATES.contains(text.text())) {
      String translated = ChineseNames.CERTIFICATE_STATES.get(text.text());
      if (translated == null) {
        unknown(text);
      } else {
        english.put(text, translated);
      }
    }
  }

  /** E137, with the closest name, and every state in both languages. */
  private void unknown(Expression.TextLiteral text) {
    // Any two short Chinese names are a few edits apart: only an English one is guessed at.
    boolean english = text.text().chars().allMatch(c -> c < 128);
    List<String> both = new ArrayList<>();
    for (String state : Schema.CERTIFICATE_STATES) {
      both.add(state + " (" + ChineseNames.chineseState(state) + ")");
    }
    diagnostics.report(
        Code.E137_UNKNOWN_CERTIFICATE_STATE,
        text.span(),
        text.text(),
        Suggestions.closest(text.text(), english ? Schema.CERTIFICATE_STATES : List.of())
            .orElse(""),
        String.join(", ", both));
  }
}
