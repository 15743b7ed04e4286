// RCL, the Receivable Contract Language: tokens.
// Every keyword has an English and a Chinese form. Keywords are whole words:
// separate them from names with spaces, in Chinese too.
lexer grammar RclLexer;

// Structure
CONTRACT   : 'contract' | '合约';
VERSION    : 'version' | '版本';
CURRENCY   : 'currency' | '币种';
ROUNDING   : 'rounding' | '舍入';
PARAMETERS : 'parameters' | '参数';
RULE       : 'rule' | '规则';
WHEN       : 'when' | '当';
IF         : 'if' | '如果';
THEN       : 'then' | '则';
LET        : 'let' | '令';
ELSE       : 'else' | '否则';

// Lifecycle events (triggers)
ISSUE      : 'issue' | '签发';
ACCEPT     : 'accept' | '承兑';
TRANSFER   : 'transfer' | '转让';
SPLIT      : 'split' | '拆分';
FINANCE    : 'finance' | '融资';
PLEDGE     : 'pledge' | '质押';
RELEASE    : 'release' | '解押';
// 到期前 7 天 (seven days before maturity), as Chinese says it; before MATURITY, as it is longer.
BEFORE_MATURITY : '到期前';
MATURITY   : 'maturity' | '到期';
PAYMENT    : 'payment' | '兑付';
OVERDUE    : 'overdue' | '逾期';
EVERY      : 'every' | 'per' | '每';
BEFORE     : 'before' | '之前';

// Actions
REJECT     : 'reject' | '拒绝';
MARK       : 'mark' | '标记';
NOTIFY     : 'notify' | '通知';
ACCRUE     : 'accrue' | '计提';
SET        : 'set' | '设置';
TO         : 'to' | '为';
SETTLE     : 'settle' | '结算';
FREEZE     : 'freeze' | '冻结';

// Scenarios
SCENARIO   : 'scenario' | '情景';
GIVEN      : 'given' | '假设';
PAYMENTS   : 'payments' | '付款';
BY         : 'by' | '由';
DELAYED    : 'delayed' | '延迟';
BETWEEN    : 'between' | '介于';
DEFAULTS   : 'defaults' | '违约';
ON         : 'on' | '于';
RATES      : 'rates' | '利率';
SHOCKED    : 'shocked' | '冲击';
VOLUME     : 'volume' | '业务量';
SCALED     : 'scaled' | '缩放';
HORIZON    : 'horizon' | '期限';
RUNS       : 'runs' | '运行';
SEED       : 'seed' | '种子';
MEASURE    : 'measure' | '度量';
EXPECT     : 'expect' | '预期';
TIER       : 'tier' | '层级';

// Expressions
AND        : 'and' | '且';
OR         : 'or' | '或';
NOT        : 'not' | '非';
SUM        : 'sum' | '合计';
COUNT      : 'count' | '计数';
MIN        : 'min' | '最小';
MAX        : 'max' | '最大';
ROUNDED    : 'rounded' | '取整';
OF         : 'of' | '之';
ANY        : 'any' | '任一';
ALL        : 'all' | '所有';
IN         : 'in' | '属于';
HAS        : 'has' | '满足';
// there is a guarantor; 存在 担保人 says "there is" in one word, so 'is' has no Chinese form.
THERE      : 'there' | '存在';
IS         : 'is';
TRUE       : 'true' | '真';
FALSE      : 'false' | '假';
TODAY      : 'today' | '今天';
DAYS       : 'days' | 'day' | '天';
YEAR       : 'year' | '年';

// Operators and punctuation
LE         : '<=';
GE         : '>=';
NE         : '<>';
LT         : '<';
GT         : '>';
EQ         : '=';
PLUS       : '+';
MINUS      : '-';
STAR       : '*';
SLASH      : '/';
LPAREN     : '(';
RPAREN     : ')';
COMMA      : ',';
DOT        : '.';

// Literals
DATE       : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT;
PERCENT    : NUMBER_BODY '%';
NUMBER     : NUMBER_BODY;
// A string runs to its closing quote on the same line; {…} inside it are interpolations.
// A backslash makes the next character plain: \" a quote, \{ and \} braces, \\ a backslash.
STRING     : '"' ('\\' ~[\r\n] | ~["\\\r\n])* '"';
UNTERMINATED_STRING : '"' ('\\' ~[\r\n] | ~["\\\r\n])* '\\'?;
IDENT      : LETTER (LETTER | DIGIT | '_')*;

COMMENT    : '#' ~[\r\n]* -> channel(HIDDEN);
WS         : [ \t\r\n\u3000]+ -> channel(HIDDEN);

// Anything else is one error token, so every character gets a diagnostic.
ERROR_CHAR : .;

// 1,000.00 and 1000.00 alike; a comma is a thousands separator only before three digits.
fragment NUMBER_BODY : DIGIT+ (',' DIGIT DIGIT DIGIT)* ('.' DIGIT+)?;
fragment DIGIT       : [0-9];
fragment LETTER      : [a-zA-Z_] | [\u4e00-\u9fff];
