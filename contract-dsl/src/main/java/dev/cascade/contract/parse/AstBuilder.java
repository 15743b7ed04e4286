package dev.cascade.contract.parse;

import dev.cascade.contract.ast.Action;
import dev.cascade.contract.ast.ChineseNames;
import dev.cascade.contract.ast.Contract;
import dev.cascade.contract.ast.Expression;
import dev.cascade.contract.ast.Perturbation;
import dev.cascade.contract.ast.Rule;
import dev.cascade.contract.ast.Scenario;
import dev.cascade.contract.ast.Trigger;
import dev.cascade.contract.diagnostic.Diagnostics;
import dev.cascade.contract.runtime.Event;
import dev.cascade.contract.source.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Maps a parse tree without syntax errors onto the AST. */
final class AstBuilder {

  private final Diagnostics diagnostics;
  private final ExpressionBuilder expressions;

  AstBuilder(Diagnostics diagnostics, Interpolations interpolations) {
    this.diagnostics = diagnostics;
    this.expressions = new ExpressionBuilder(diagnostics, interpolations);
  }

  Contract contract(RclParser.ContractContext context) {
    Optional<Contract.Name> rounding = Optional.ofNullable(context.rounding).map(AstBuilder::name);
    List<Contract.Parameter> parameters =
        context.parameters() == null
            ? List.of()
            : context.parameters().parameter().stream().map(this::parameter).toList();
    return new Contract(
        Literals.text(context.name),
        Long.toString(Literals.wholeNumber(context.version, diagnostics)),
        new Contract.Name(context.currency.getText(), Spans.of(context.currency)),
        rounding,
        parameters,
        context.ruleDeclaration().stream().map(this::rule).toList(),
        context.scenario().stream().map(this::scenario).toList(),
        !context.CONTRACT().getText().equals("contract"));
  }

  private Contract.Parameter parameter(RclParser.ParameterContext context) {
    if (context instanceof RclParser.ListParameterContext list) {
      return new Contract.Parameter(
          name(list.words()),
          new Expression.ListLiteral(
              list.literal().stream().map(expressions::literal).toList(), Spans.of(context)));
    }
    RclParser.SingleParameterContext single = (RclParser.SingleParameterContext) context;
    Expression.Literal value = expressions.literal(single.literal());
    if (single.negative != null) {
      value = Literals.negate(value, diagnostics);
    }
    return new Contract.Parameter(name(single.words()), value);
  }

  private Rule rule(RclParser.RuleDeclarationContext context) {
    return new Rule(
        Literals.text(context.name),
        Spans.of(context.name),
        trigger(context.trigger()),
        context.namedValue().stream()
            .map(
                value ->
                    new Rule.NamedValue(name(value.words()), expressions.expression(value.value)))
            .toList(),
        Optional.ofNullable(context.guard).map(expressions::expression),
        context.action().stream().map(this::action).toList());
  }

  private Trigger trigger(RclParser.TriggerContext context) {
    Span span = Spans.of(context);
    if (context instanceof RclParser.EventTriggerContext event) {
      return new Trigger.OnEvent(Event.valueOf(eventWord(event)), span);
    }
    RclParser.ExpressionContext offset =
        context instanceof RclParser.BeforeMaturityTriggerContext english
            ? english.expression()
            : context instanceof RclParser.ChineseBeforeMaturityTriggerContext chinese
                ? chinese.expression()
                : null;
    if (offset != null) {
      return new Trigger.BeforeMaturity(expressions.expression(offset), span);
    }
    return new Trigger.EveryDay(span);
  }

  /** The event's name from its token type, whichever language it was written in. */
  private static String eventWord(RclParser.EventTriggerContext event) {
    return RclLexer.VOCABULARY
        .getSymbolicName(event.event().getStart().getType())
        .toUpperCase(Locale.ROOT);
  }

  private Action action(RclParser.ActionContext context) {
    Span span = Spans.of(context);
    if (context instanceof RclParser.RejectActionContext reject) {
      return new Action.Reject(expressions.message(reject.message), span);
    }
    if (context instanceof RclParser.MarkActionContext mark) {
      return new Action.Mark(
          expressions.path(mark.path()),
          ChineseNames.english(name(mark.state), ChineseNames.STATES),
          span);
    }
    if (context instanceof RclParser.NotifyActionContext notify) {
      return new Action.Notify(
          ChineseNames.english(name(notify.words()), ChineseNames.PARTIES), span);
    }
    if (context instanceof RclParser.AccrueActionContext accrue) {
      return new Action.Accrue(
          ChineseNames.english(name(accrue.words()), ChineseNames.ACCRUALS),
          expressions.expression(accrue.expression()),
          span);
    }
    if (context instanceof RclParser.SetActionContext set) {
      return new Action.SetField(
          expressions.path(set.path()), expressions.expression(set.expression()), span);
    }
    if (context instanceof RclParser.SettleActionContext settle) {
      return new Action.Settle(expressions.path(settle.path()), span);
    }
    if (context instanceof RclParser.FreezeActionContext freeze) {
      return new Action.Freeze(expressions.path(freeze.path()), span);
    }
    throw new IllegalStateException("unmapped action " + context.getText());
  }

  private Scenario scenario(RclParser.ScenarioContext context) {
    return new Scenario(
        Literals.text(context.name),
        Spans.of(context.name),
        context.perturbation().stream().map(this::perturbation).toList(),
        expressions.expression(context.horizon),
        Optional.ofNullable(context.runs).map(t -> Literals.wholeNumber(t, diagnostics)),
        Optional.ofNullable(context.seed).map(t -> Literals.wholeNumber(t, diagnostics)),
        context.metric().stream()
            .map(m -> new Scenario.Metric(name(m.words()).text(), m.TIER() != null, Spans.of(m)))
            .toList(),
        context.expectation().stream()
            .map(
                e ->
                    new Scenario.Expectation(
                        expressions.expression(e.condition),
                        Optional.ofNullable(e.statistic)
                            .map(t -> new Contract.Name(t.getText(), Spans.of(t)))))
            .toList());
  }

  private Perturbation perturbation(RclParser.PerturbationContext context) {
    Span span = Spans.of(context);
    if (context instanceof RclParser.PaymentDelayContext delay) {
      return paymentDelay(delay, span);
    }
    if (context instanceof RclParser.PartyDefaultContext fault) {
      return new Perturbation.PartyDefault(
          Literals.text(fault.party),
          Optional.ofNullable(fault.when).map(expressions::expression),
          span);
    }
    if (context instanceof RclParser.RateShockContext shock) {
      return new Perturbation.RateShock(expressions.expression(shock.shock), span);
    }
    if (context instanceof RclParser.VolumeScaleContext volume) {
      return new Perturbation.VolumeScale(expressions.expression(volume.factor), span);
    }
    throw new IllegalStateException("unmapped perturbation " + context.getText());
  }

  private Perturbation paymentDelay(RclParser.PaymentDelayContext context, Span span) {
    String party = Literals.text(context.party);
    if (context.delay() instanceof RclParser.UniformDelayContext uniform) {
      return new Perturbation.PaymentDelay(
          party, expressions.sum(uniform.low), Optional.of(expressions.sum(uniform.high)), span);
    }
    RclParser.FixedDelayContext fixed = (RclParser.FixedDelayContext) context.delay();
    return new Perturbation.PaymentDelay(
        party, expressions.expression(fixed.expression()), Optional.empty(), span);
  }

  static Contract.Name name(RclParser.WordsContext words) {
    return new Contract.Name(words(words), Spans.of(words));
  }

  static Contract.Name name(RclParser.WordContext word) {
    return new Contract.Name(word.getText(), Spans.of(word));
  }

  /** Words of a name joined by single spaces, however they were spaced in the source. */
  static String words(RclParser.WordsContext words) {
    return String.join(" ", words.word().stream().map(ParserRuleContext::getText).toList());
  }

  static Contract.Name name(Token token) {
    return new Contract.Name(token.getText(), Spans.of(token));
  }
}
