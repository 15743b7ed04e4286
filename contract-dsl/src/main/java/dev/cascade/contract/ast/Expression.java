package dev.cascade.contract.ast;

import dev.cascade.contract.runtime.Period;
import dev.cascade.contract.source.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** RCL expressions. Every node knows where it stands, for diagnostics and explanations. */
public sealed interface Expression {

  /**
   * The expressions directly inside this one, in the order written: every kind says its own, so a
   * new kind of expression cannot be added without saying what it holds.
   */
  List<Expression> children();

  /** This expression and every expression inside it, depth first. */
  default java.util.stream.Stream<Expression> withDescendants() {
    return java.util.stream.Stream.concat(
        java.util.stream.Stream.of(this), children().stream().flatMap(Expression::withDescendants));
  }

  Span span();

  /** Binary operators, by family. */
  enum Operator {
    OR("or"),
    AND("and"),
    EQUAL("="),
    NOT_EQUAL("<>"),
    LESS("<"),
    LESS_OR_EQUAL("<="),
    GREATER(">"),
    GREATER_OR_EQUAL(">="),
    PLUS("+"),
    MINUS("-"),
    TIMES("*"),
    DIVIDED("/");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    public boolean isComparison() {
      return ordinal() >= EQUAL.ordinal() && ordinal() <= GREATER_OR_EQUAL.ordinal();
    }
  }

  /** {@code left op right} */
  record Binary(Operator operator, Expression left, Expression right, Span span)
      implements Expression {
    @Override
    public List<Expression> children() {
      return List.of(left, right);
    }
  }

  /** {@code not operand} */
  record Not(Expression operand, Span span) implements Expression {
    @Override
    public List<Expression> children() {
      return List.of(operand);
    }
  }

  /** {@code -operand} */
  record Negate(Expression operand, Span span) implements Expression {
    @Override
    public List<Expression> children() {
      return List.of(operand);
    }
  }

  /**
   * {@code x rounded}, {@code x rounded down to CNY 100}: the multiple of the step (the minor unit
   * unless stated) that the mode (the contract's unless stated) rounds x to.
   */
  record Rounded(
      Expression operand, Optional<Contract.Name> mode, Optional<Literal> step, Span span)
      implements Expression {
    @Override
    public List<Expression> children() {
      return step.<List<Expression>>map(s -> List.of(operand, s)).orElse(List.of(operand));
    }
  }

  /** {@code min of (a, b)}, {@code max of (a, b, c)}: the least or greatest of the values. */
  record Extreme(boolean max, List<Expression> values, Span span) implements Expression {
    @Override
    public List<Expression> children() {
      return values;
    }

    public Extreme {
      values = List.copyOf(values);
    }
  }

  /**
   * {@code if condition then yes else no}: one of two values; only the chosen one is worked out.
   */
  record Conditional(Expression condition, Expression yes, Expression no, Span span)
      implements Expression {
    @Override
    public List<Expression> children() {
      return List.of(condition, yes, no);
    }
  }

  /** {@code operation.bank.name in approved banks}: whether the list holds the element. */
  record Membership(Expression element, Expression list, Span span) implements Expression {
    @Override
    public List<Expression> children() {
      return List.of(element, list);
    }
  }

  /** {@code sum of parts.amount} and its kin. */
  record Aggregate(AggregateKind kind, Path path, Span span) implements Expression {
    @Override
    public List<Expression> children() {
      return List.of(path);
    }
  }

  /** The aggregations. */
  enum AggregateKind {
    SUM,
    COUNT,
    MIN,
    MAX
  }

  /** {@code certificate has parent id}: whether the input fills that field. */
  record Presence(Path owner, Contract.Name field, Span span) implements Expression {
    @Override
    public List<Expression> children() {
      return List.of(owner);
    }
  }

  /**
   * {@code there is a guarantor} ({@code 存在 担保人}): whether the ledger filled a view it fills only
   * under a condition. The view is held by its English name.
   */
  record ViewPresence(Contract.Name view, Span span) implements Expression {
    @Override
    public List<Expression> children() {
      return List.of();
    }
  }

  /** {@code any part in parts has part.amount < minimum split} */
  record Quantified(boolean all, String variable, Path collection, Expression condition, Span span)
      implements Expression {
    @Override
    public List<Expression> children() {
      return List.of(collection, condition);
    }
  }

  /** {@code cash gap of tier 3}, in a scenario's expectations. */
  record MetricOfTier(String metric, int tier, Span span) implements Expression {
    @Override
    public List<Expression> children() {
      return List.of();
    }

    /** As a simulation's results name it: {@code cash gap of tier 3}. */
    public String name() {
      return metric + " of tier " + tier;
    }
  }

  /** {@code today}: the block's date, the only clock a contract has. */
  record Today(Span span) implements Expression {
    @Override
    public List<Expression> children() {
      return List.of();
    }
  }

  /** {@code certificate.maturity}, {@code minimum split}: a name and field accesses. */
  record Path(List<Contract.Name> segments, Span span) implements Expression {
    @Override
    public List<Expression> children() {
      return List.of();
    }

    public Path {
      segments = List.copyOf(segments);
    }

    public String text() {
      return String.join(".", segments.stream().map(Contract.Name::text).toList());
    }
  }

  /** Literals. */
  sealed interface Literal extends Expression {
    /** A literal holds no expression (a list literal holds literals: see its own). */
    @Override
    default List<Expression> children() {
      return List.of();
    }
  }

  /** {@code CNY 1,000.00} */
  record MoneyLiteral(String currency, BigDecimal amount, Span span) implements Literal {}

  /**
   * {@code 90%}, a share (period {@link Period#NONE}); {@code 4.35% per year} or {@code 0.05% per
   * day}, a rate. Held as a fraction.
   */
  record RateLiteral(BigDecimal fraction, Period period, Span span) implements Literal {}

  /** {@code 180 days} */
  record DurationLiteral(BigDecimal days, Span span) implements Literal {}

  /** {@code 2026-03-31} */
  record DateLiteral(LocalDate date, Span span) implements Literal {}

  /** {@code 360}, {@code 1.5} */
  record NumberLiteral(BigDecimal value, Span span) implements Literal {}

  /** {@code "Geely Auto"} */
  record TextLiteral(String text, Span span) implements Literal {}

  /** {@code true}, {@code false} */
  record BooleanLiteral(boolean value, Span span) implements Literal {}

  /** {@code "ICBC", "Bank of Ningbo"} in a parameter, or {@code ("ICBC", "CCB")}: a list. */
  record ListLiteral(List<Literal> elements, Span span) implements Literal {
    @Override
    public List<Expression> children() {
      return List.copyOf(elements);
    }

    public ListLiteral {
      elements = List.copyOf(elements);
    }
  }
}
