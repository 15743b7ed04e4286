// RCL, the Receivable Contract Language: syntax.
//
// Operator precedence, loosest first:
//   or
//   and
//   not, any … in … has …, all … in … has …  (the condition runs to the end of the expression)
//   … has field, … in list, there is a view
//   = <> < <= > >=        (no chaining)
//   … rounded             (postfix: rounds the sum or product before it)
//   + -                   (left)
//   * /                   (left)
//   unary -
//   field access (.), literals, names, sum of / count of / min of / max of, min of ( …, … ),
//   if … then … else …, ( … ), ( literal, literal, … )
parser grammar RclParser;

options { tokenVocab = RclLexer; }

file
    : contract EOF
    ;

contract
    : CONTRACT name=STRING VERSION version=NUMBER
      CURRENCY currency=IDENT
      (ROUNDING rounding=words)?
      parameters?
      (ruleDeclaration | scenario)*
    ;

parameters
    : PARAMETERS parameter*
    ;

// A parameter is a typed literal, so that one parameter cannot run into the next; or a list of
// them: approved banks = "ICBC", "Bank of Ningbo".
parameter
    : words EQ negative=MINUS? literal                   # singleParameter
    | words EQ literal (COMMA literal)+                  # listParameter
    ;

// What stands between { and } in a message.
interpolation
    : expression EOF
    ;

// ---- IF-THEN rules -------------------------------------------------------

ruleDeclaration
    : RULE name=STRING WHEN trigger namedValue* (IF guard=expression)? THEN action+
    ;

// let cap = certificate.amount * advance share: a value the rule's condition and actions name.
namedValue
    : LET words EQ value=expression
    ;

trigger
    : event                                   # eventTrigger
    | EVERY DAYS                              # dailyTrigger
    | expression BEFORE MATURITY              # beforeMaturityTrigger
    | BEFORE_MATURITY expression              # chineseBeforeMaturityTrigger
    ;

event
    : ISSUE | ACCEPT | TRANSFER | SPLIT | FINANCE | PLEDGE | RELEASE | MATURITY | PAYMENT | OVERDUE
    ;

action
    : REJECT message=STRING                   # rejectAction
    | MARK path state=word                    # markAction
    | NOTIFY words                            # notifyAction
    | ACCRUE words OF expression              # accrueAction
    | SET path TO expression                  # setAction
    | SETTLE path                             # settleAction
    | FREEZE path                             # freezeAction
    ;

// ---- WHAT-IF scenarios ---------------------------------------------------

scenario
    : SCENARIO name=STRING
      (GIVEN perturbation (COMMA perturbation)*)+
      HORIZON horizon=expression
      (RUNS runs=NUMBER (SEED seed=NUMBER)?)?
      (MEASURE metric (COMMA metric)*)?
      (EXPECT expectation)*
    ;

// expect cash gap of tier 3 <= CNY 2,000,000.00 on p95: the statistic it is judged on (p95 when
// not given)
expectation
    : condition=expression (ON statistic=IDENT)?
    ;

perturbation
    : PAYMENTS BY party=STRING DELAYED BY delay          # paymentDelay
    | party=STRING DEFAULTS (ON when=expression)?        # partyDefault
    | RATES SHOCKED BY shock=expression                  # rateShock
    | VOLUME SCALED BY factor=expression                 # volumeScale
    ;

delay
    : BETWEEN low=sum AND high=sum                       # uniformDelay
    | expression                                         # fixedDelay
    ;

metric
    : words (BY TIER)?
    ;

// ---- Expressions ---------------------------------------------------------

// ANTLR gives the alternatives listed first the tightest binding: comparisons and tests first,
// then not, and, or; a quantifier's condition runs to the end of the expression.
expression
    : left=sum op=(EQ | NE | LT | LE | GT | GE) right=sum # comparison
    | owner=path HAS field=words                         # presence
    | THERE IS? view=words                               # viewPresence
    | element=sum IN list=sum                            # membership
    | sum                                                # plainExpression
    | NOT operand=expression                             # notExpression
    | left=expression AND right=expression               # andExpression
    | left=expression OR right=expression                # orExpression
    | quantifier=(ANY | ALL) variable=word IN path HAS condition=expression # quantified
    ;

// x rounded, x rounded down, x rounded half up to CNY 100; 取整 or 舍入 in Chinese.
sum
    : operand=sum (ROUNDED | ROUNDING) how=words? (TO step=literal)? # rounded
    | left=sum op=(PLUS | MINUS) right=product           # additive
    | product                                            # plainSum
    ;

product
    : left=product op=(STAR | SLASH) right=unary         # multiplicative
    | unary                                              # plainProduct
    ;

unary
    : MINUS operand=unary                                # negation
    | primary                                            # plainUnary
    ;

primary
    : LPAREN expression RPAREN                           # parenthesized
    | aggregate=(SUM | COUNT | MIN | MAX) OF path        # aggregation
    | extreme=(MIN | MAX) OF LPAREN sum (COMMA sum)+ RPAREN # extremeOfValues
    | IF condition=expression THEN yes=expression (ELSE no=unary)? # conditionalValue
    | LPAREN literal (COMMA literal)+ RPAREN             # listLiteral
    | words OF TIER tier=NUMBER                          # metricOfTier
    | literal                                            # literalExpression
    | TODAY                                              # today
    | path                                               # pathExpression
    ;

literal
    : currency=IDENT amount=NUMBER                       # moneyLiteral
    | PERCENT (EVERY period=(YEAR | DAYS))?              # rateLiteral
    | NUMBER DAYS                                        # durationLiteral
    | DATE                                               # dateLiteral
    | NUMBER                                             # numberLiteral
    | STRING                                             # textLiteral
    | (TRUE | FALSE)                                     # booleanLiteral
    ;

// certificate.maturity, operation.parts.amount, minimum split
path
    : words (DOT words)*
    ;

// A name may have several words: "minimum split", "discount basis".
words
    : word+
    ;

// Names may reuse these keywords where no keyword can stand: "minimum split",
// "operation.days", "overdue count".
word
    : IDENT
    | ISSUE | ACCEPT | TRANSFER | SPLIT | FINANCE | PLEDGE | RELEASE | MATURITY | PAYMENT | OVERDUE
    | DAYS | YEAR | COUNT | TIER | VOLUME | RATES | PAYMENTS
    ;
