package org.adder.tokenize;

/**
 * CPython 3.12's token types: the one table of their numbers, names and, for operators, the
 * exact text ({@code token.py}'s tok_name and EXACT_TOKEN_TYPES). Declaration order is number
 * order, so {@link #ordinal()} equals {@link #number}.
 */
public enum TokenType {
    ENDMARKER(0, null),
    NAME(1, null),
    NUMBER(2, null),
    STRING(3, null),
    NEWLINE(4, null),
    INDENT(5, null),
    DEDENT(6, null),
    LPAR(7, "("),
    RPAR(8, ")"),
    LSQB(9, "["),
    RSQB(10, "]"),
    COLON(11, ":"),
    COMMA(12, ","),
    SEMI(13, ";"),
    PLUS(14, "+"),
    MINUS(15, "-"),
    STAR(16, "*"),
    SLASH(17, "/"),
    VBAR(18, "|"),
    AMPER(19, "&"),
    LESS(20, "<"),
    GREATER(21, ">"),
    EQUAL(22, "="),
    DOT(23, "."),
    PERCENT(24, "%"),
    LBRACE(25, "{"),
    RBRACE(26, "}"),
    EQEQUAL(27, "=="),
    NOTEQUAL(28, "!="),
    LESSEQUAL(29, "<="),
    GREATEREQUAL(30, ">="),
    TILDE(31, "~"),
    CIRCUMFLEX(32, "^"),
    LEFTSHIFT(33, "<<"),
    RIGHTSHIFT(34, ">>"),
    DOUBLESTAR(35, "**"),
    PLUSEQUAL(36, "+="),
    MINEQUAL(37, "-="),
    STAREQUAL(38, "*="),
    SLASHEQUAL(39, "/="),
    PERCENTEQUAL(40, "%="),
    AMPEREQUAL(41, "&="),
    VBAREQUAL(42, "|="),
    CIRCUMFLEXEQUAL(43, "^="),
    LEFTSHIFTEQUAL(44, "<<="),
    RIGHTSHIFTEQUAL(45, ">>="),
    DOUBLESTAREQUAL(46, "**="),
    DOUBLESLASH(47, "//"),
    DOUBLESLASHEQUAL(48, "//="),
    AT(49, "@"),
    ATEQUAL(50, "@="),
    RARROW(51, "->"),
    ELLIPSIS(52, "..."),
    COLONEQUAL(53, ":="),
    EXCLAMATION(54, "!"),
    OP(55, null),
    AWAIT(56, null),
    ASYNC(57, null),
    TYPE_IGNORE(58, null),
    TYPE_COMMENT(59, null),
    SOFT_KEYWORD(60, null),
    FSTRING_START(61, null),
    FSTRING_MIDDLE(62, null),
    FSTRING_END(63, null),
    COMMENT(64, null),
    NL(65, null),
    ERRORTOKEN(66, null),
    ENCODING(67, null),
    N_TOKENS(68, null);

    /** The number {@code token.py} gives the type. */
    public final int number;
    /** The operator's text for exact operator types, else null. */
    public final String operator;

    private static final TokenType[] BY_NUMBER = values();

    TokenType(int number, String operator) {
        this.number = number;
        this.operator = operator;
    }

    public static TokenType ofNumber(int number) {
        return BY_NUMBER[number];
    }

    /** Whether this is one of the exact operator types that the tokenize module reports as OP. */
    public boolean isOperator() {
        return operator != null;
    }
}
