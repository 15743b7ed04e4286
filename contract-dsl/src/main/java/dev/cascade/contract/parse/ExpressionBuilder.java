package dev.cascade.contract.parse;

import dev.cascade.contract.ast.ChineseNames;
import dev.cascade.contract.ast.Contract;
import dev.cascade.contract.ast.Expression;
import dev.cascade.contract.ast.Expression.Operator;
import dev.cascade.contract.ast.Message;
import dev.cascade.contract.diagnostic.Code;
import dev.cascade.contract.diagnostic.Diagnostics;
import dev.cascade.contract.runtime.Period;
import dev.cascade.contract.source.Span;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/** Maps expression parse trees onto {@link Expression} nodes. */
final class ExpressionBuilder {

  private final Diagnostics diagnostics;
  private final Interpolations interpolations;

  ExpressionBuilder(Diagnostics diagnostics, Interpolations interpolations) {
    this.diagnostics = diagnostics;
    this.interpolations = interpolations;
  }

  Expression expression(RclParser.ExpressionContext context) {
    Span span = Spans.of(context);
    if (context instanceof RclParser.OrExpressionContext or) {
      return new Expression.Binary(Operator.OR, expression(or.left), expression(or.right), span);
    }
    if (context instanceof RclParser.AndExpressionContext and) {
      return new Expression.Binary(Operator.AND, expression(and.left), expression(and.right), span);
    }
    if (context instanceof RclParser.QuantifiedContext quantified) {
      return new Expression.Quantified(
          quantified.quantifier.getType() == RclLexer.ALL,
          quantified.variable.getText(),
          path(quantified.path()),
          expression(quantified.condition),
          span);
    }
    if (context instanceof RclParser.MembershipContext membership) {
      return new Expression.Membership(sum(membership.element), sum(membership.list), span);
    }
    if (context instanceof RclParser.PresenceContext presence) {
      return new Expression.Presence(path(presence.owner), AstBuilder.name(presence.field), span);
    }
    if (context instanceof RclParser.ViewPresenceContext presence) {
      return new Expression.ViewPresence(
          ChineseNames.english(view(presence.view), ChineseNames.VIEWS), span);
    }
    if (context instanceof RclParser.NotExpressionContext not) {
      return new Expression.Not(expression(not.operand), span);
    }
    if (context instanceof RclParser.ComparisonContext comparison) {
      return new Expression.Binary(
          operator(comparison.op), sum(comparison.left), sum(comparison.right), span);
    }
    if (context instanceof RclParser.PlainExpressionContext plain) {
      return sum(plain.sum());
    }
    throw new IllegalStateException("unmapped expression " + context.getText());
  }

  Expression sum(RclParser.SumContext context) {
    if (context instanceof RclParser.RoundedContext rounded) {
      return new Expression.Rounded(
          sum(rounded.operand),
          Optional.ofNullable(rounded.how).map(AstBuilder::name),
          Optional.ofNullable(rounded.step).map(this::literal),
          Spans.of(context));
    }
    if (context instanceof RclParser.AdditiveContext additive) {
      return new Expression.Binary(
          operator(additive.op), sum(additive.left), product(additive.right), Spans.of(context));
    }
    return product(((RclParser.PlainSumContext) context).product());
  }

  private Expression product(RclParser.ProductContext context) {
    if (context instanceof RclParser.MultiplicativeContext multiplicative) {
      return new Expression.Binary(
          operator(multiplicative.op),
          product(multiplicative.left),
          unary(multiplicative.right),
          Spans.of(context));
    }
    return unary(((RclParser.PlainProductContext) context).unary());
  }

  private Expression unary(RclParser.UnaryContext context) {
    if (context instanceof RclParser.NegationContext negation) {
      return new Expression.Negate(unary(negation.operand), Spans.of(context));
    }
    return primary(((RclParser.PlainUnaryContext) context).primary());
  }

  private Expression primary(RclParser.PrimaryContext context) {
    Span span = Spans.of(context);
    if (context instanceof RclParser.ParenthesizedContext parenthesized) {
      return expression(parenthesized.expression());
    }
    if (context instanceof RclParser.AggregationContext aggregation) {
      return new Expression.Aggregate(
          Expression.AggregateKind.valueOf(
              RclLexer.VOCABULARY.getSymbolicName(aggregation.aggregate.getType())),
          path(aggregation.path()),
          span);
    }
    if (context instanceof RclParser.MetricOfTierContext metric) {
      return new Expression.MetricOfTier(
          AstBuilder.words(metric.words()), Literals.tier(metric.tier, diagnostics), span);
    }
    if (context instanceof RclParser.LiteralExpressionContext literal) {
      return literal(literal.literal());
    }
    if (context instanceof RclParser.ExtremeOfValuesContext extreme) {
      return new Expression.Extreme(
          extreme.extreme.getType() == RclLexer.MAX,
          extreme.sum().stream().map(this::sum).toList(),
          span);
    }
    if (context instanceof RclParser.ConditionalValueContext conditional) {
      Expression yes = expression(conditional.yes);
      if (conditional.no == null) {
        Span end = Spans.of(conditional.yes);
        diagnostics.report(Code.E015_MISSING_ELSE, end);
        return new Expression.Conditional(expression(conditional.condition), yes, yes, span);
      }
      return new Expression.Conditional(
          expression(conditional.condition), yes, unary(conditional.no), span);
    }
    if (context instanceof RclParser.ListLiteralContext list) {
      return new Expression.ListLiteral(list.literal().stream().map(this::literal).toList(), span);
    }
    if (context instanceof RclParser.TodayContext today) {
      return new Expression.Today(span);
    }
    if (context instanceof RclParser.PathExpressionContext path) {
      return path(path.path());
    }
    throw new IllegalStateException("unmapped primary " + context.getText());
  }

  Expression.Literal literal(RclParser.LiteralContext context) {
    Span span = Spans.of(context);
    if (context instanceof RclParser.MoneyLiteralContext money) {
      return new Expression.MoneyLiteral(
          money.currency.getText(), Literals.number(money.amount.getText()), span);
    }
    if (context instanceof RclParser.RateLiteralContext rate) {
      return new Expression.RateLiteral(
          Literals.percent(rate.PERCENT().getText()),
          rate.period == null
              ? Period.NONE
              : rate.period.getType() == RclLexer.DAYS ? Period.DAY : Period.YEAR,
          span);
    }
    if (context instanceof RclParser.DurationLiteralContext duration) {
      return new Expression.DurationLiteral(
          java.math.BigDecimal.valueOf(
              Literals.wholeNumber(duration.NUMBER().getSymbol(), diagnostics)),
          span);
    }
    if (context instanceof RclParser.DateLiteralContext date) {
      return new Expression.DateLiteral(Literals.date(date.DATE().getSymbol(), diagnostics), span);
    }
    if (context instanceof RclParser.NumberLiteralContext number) {
      return new Expression.NumberLiteral(Literals.number(number.NUMBER().getText()), span);
    }
    if (context instanceof RclParser.TextLiteralContext text) {
      return new Expression.TextLiteral(Literals.text(text.STRING().getSymbol()), span);
    }
    if (context instanceof RclParser.BooleanLiteralContext bool) {
      return new Expression.BooleanLiteral(bool.TRUE() != null, span);
    }
    throw new IllegalStateException("unmapped literal " + context.getText());
  }

  /** The view {@code there is a guarantor} names: its words after the article, if it has one. */
  private static Contract.Name view(RclParser.WordsContext words) {
    List<RclParser.WordContext> named = words.word();
    String first = named.get(0).getText();
    if (named.size() > 1 && (first.equals("a") || first.equals("an"))) {
      named = named.subList(1, named.size());
    }
    String text = String.join(" ", named.stream().map(RclParser.WordContext::getText).toList());
    Span span = Spans.of(named.get(0)).to(Spans.of(named.get(named.size() - 1)));
    return new Contract.Name(text, span);
  }

  Expression.Path path(RclParser.PathContext context) {
    List<Contract.Name> segments = context.words().stream().map(AstBuilder::name).toList();
    return new Expression.Path(segments, Spans.of(context));
  }

  Message message(Token token) {
    return interpolations.message(token, this);
  }

  private static Operator operator(Token token) {
    return switch (token.getType()) {
      case RclLexer.EQ -> Operator.EQUAL;
      case RclLexer.NE -> Operator.NOT_EQUAL;
      case RclLexer.LT -> Operator.LESS;
      case RclLexer.LE -> Operator.LESS_OR_EQUAL;
      case RclLexer.GT -> Operator.GREATER;
      case RclLexer.GE -> Operator.GREATER_OR_EQUAL;
      case RclLexer.PLUS -> Operator.PLUS;
      case RclLexer.MINUS -> Operator.MINUS;
      case RclLexer.STAR -> Operator.TIMES;
      case RclLexer.SLASH -> Operator.DIVIDED;
      default -> throw new IllegalStateException("not an operator: " + token.getText());
    };
  }
}
