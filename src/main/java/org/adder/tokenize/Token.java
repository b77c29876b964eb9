package org.adder.tokenize;

/**
 * One token, as CPython's tokenizer reports it.
 *
 * <ul>
 *   <li>{@code type}: the C tokenizer's exact type (LPAR, not OP; {@code <>} is NOTEQUAL). The
 *       tokenize module's types are {@link #genericType()} and {@link #exactType()}.</li>
 *   <li>{@code startLine}, {@code endLine}: 1-based. A STRING or FSTRING_MIDDLE spanning lines
 *       starts on its first line.</li>
 *   <li>{@code startCol}, {@code endCol}: character (code point) columns, as the tokenize module
 *       reports them, including its quirks (a multi-line string's end column is counted from its
 *       first line; NEWLINE's end is one past the newline in the tokenize flavour).</li>
 *   <li>{@code startByteCol}, {@code endByteCol}: UTF-8 byte columns, as pegen's tokens carry
 *       them and as the AST's {@code col_offset} / {@code end_col_offset} are: the start counted
 *       from the start of the token's first line, the end from the start of its last line. -1
 *       where CPython has no position.</li>
 *   <li>{@code line}: the physical line the token is on (every line of a string spanning several),
 *       with its newline; what a SyntaxError shows as its text.</li>
 * </ul>
 */
public record Token(TokenType type, String string, int startLine, int startCol, int endLine, int endCol,
                    String line, int startByteCol, int endByteCol) {

    /** A token without byte columns (the tokenize module's ENCODING token, tests). */
    public Token(TokenType type, String string, int startLine, int startCol, int endLine, int endCol, String line) {
        this(type, string, startLine, startCol, endLine, endCol, line, startCol, endCol);
    }

    /** The type the tokenize module reports: OP for every operator. */
    public TokenType genericType() {
        return type.isOperator() ? TokenType.OP : type;
    }

    /** The tokenize module's {@code exact_type}: the operator type its text names, else the generic type. */
    public TokenType exactType() {
        return type.isOperator() && type.operator.equals(string) ? type : genericType();
    }

    /** {@code repr(TokenInfo)} as the tokenize module prints it. */
    public String tokenInfoRepr() {
        TokenType t = genericType();
        return "TokenInfo(type=" + t.number + " (" + t.name() + "), string="
                + org.adder.objects.PyStr.repr(string) + ", start=(" + startLine + ", " + startCol + "), end=("
                + endLine + ", " + endCol + "), line=" + org.adder.objects.PyStr.repr(line) + ")";
    }
}
