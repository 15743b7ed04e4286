package dev.cascade.contract.check;

import dev.cascade.contract.ast.Contract;
import dev.cascade.contract.ast.Expression;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A contract that passed the checker, with what later phases need: the type of every expression,
 * the states it names in Chinese, and the rounding mode.
 */
public record CheckedContract(
    Contract contract,
    Schema schema,
    Map<Expression, Type> types,
    Map<Expression, String> englishStates,
    RoundingMode rounding) {

  public CheckedContract {
    types = Collections.unmodifiableMap(types);
    englishStates = Collections.unmodifiableMap(englishStates);
  }

  /**
   * The same contract with only {@code kept} of its rules, in their order, and no scenarios: what a
   * simulation runs when the other rules' effects are invisible to it.
   */
  public CheckedContract withRules(java.util.List<dev.cascade.contract.ast.Rule> kept) {
    Contract c = contract;
    return new CheckedContract(
        new Contract(
            c.name(),
            c.version(),
            c.currency(),
            c.rounding(),
            c.parameters(),
            kept,
            java.util.List.of(),
            c.chinese()),
        schema,
        types,
        englishStates,
        rounding);
  }

  /**
   * The text a literal stands for: as written, except a state {@code certificate.state} is compared
   * with by its Chinese name ({@code "逾期"}), which is the English name the ledger stores.
   */
  public String text(Expression.TextLiteral literal) {
    return englishStates.getOrDefault(literal, literal.text());
  }

  /**
   * The views ({@code certificate}, {@code guarantor}, …) some expression of the contract starts
   * from or tests the presence of, so that whoever fills them can leave out those never read.
   */
  public Set<String> viewsRead() {
    Set<String> read = new TreeSet<>();
    for (Expression expression : types.keySet()) {
      if (expression instanceof Expression.Path path) {
        String root = path.segments().get(0).text();
        if (Schema.ROOT_NAMES.contains(root)) {
          read.add(root);
        }
      } else if (expression instanceof Expression.ViewPresence presence) {
        read.add(presence.view().text()); // left out, it would never be there
      }
    }
    return read;
  }

  /** The mode {@code x rounded …} rounds with: its own, else the contract's. */
  public RoundingMode mode(Expression.Rounded rounded) {
    return rounded.mode().flatMap(written -> RoundingModes.named(written.text())).orElse(rounding);
  }

  /** The step {@code x rounded … to step} rounds to: its own, else x's minor unit or a whole. */
  public java.math.BigDecimal step(Expression.Rounded rounded) {
    return rounded
        .step()
        .flatMap(RoundingModes::stepValue)
        .orElseGet(() -> RoundingModes.defaultStep(((Type.Quantity) typeOf(rounded)).unit()));
  }

  public Type typeOf(Expression expression) {
    Type type = types.get(expression);
    if (type == null) {
      throw new IllegalStateException("unchecked expression at " + expression.span());
    }
    return type;
  }
}
