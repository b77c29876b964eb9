package org.adder.parser;

/**
 * A token as the parser sees it: the exact type (keywords have their own types, see
 * {@link Keywords}), the text, and AST positions (UTF-8 byte columns, as CPython's AST).
 * Each token carries the memo of rule results that start at it.
 */
public final class Token {
    /** A {@link org.adder.tokenize.TokenType} ordinal, or a keyword type from {@link Keywords}. */
    public final int type;
    public final String string;
    public final int lineno;
    public final int colOffset;
    public final int endLineno;
    public final int endColOffset;
    /** How many brackets are open after this token (the tokenizer's level). */
    public final int level;
    /** The results of memoized rules that start here, by the rule's slot (see {@code Parser.memo}). */
    Memo[] memos;

    Token(int type, String string, int lineno, int colOffset, int endLineno, int endColOffset, int level) {
        this.type = type;
        this.string = string;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
        this.level = level;
    }

    @Override
    public String toString() {
        return "Token(" + type + ", " + string + ", " + lineno + ":" + colOffset + ")";
    }
}
