package org.adder.tokenize;

/**
 * One token, as CPython's tokenizer reports it. {@code type} is the exact type (LPAR, not OP);
 * the tokenize module's generic type is {@link #genericType()}. Lines are 1-based; columns count
 * code points from the start of the line, as the tokenize module's do; {@code line} is the
 * physical line (or lines, for a string spanning several) the token came from.
 */
public record Token(TokenType type, String string, int startLine, int startCol, int endLine, int endCol,
                    String line) {

    /** The type the tokenize module reports: OP for every operator. */
    public TokenType genericType() {
        return type.isOperator() ? TokenType.OP : type;
    }

    /** {@code repr(TokenInfo)} as the tokenize module prints it. */
    public String tokenInfoRepr() {
        TokenType t = genericType();
        return "TokenInfo(type=" + t.number + " (" + t.name() + "), string="
                + org.adder.objects.PyStr.repr(string) + ", start=(" + startLine + ", " + startCol + "), end=("
                + endLine + ", " + endCol + "), line=" + org.adder.objects.PyStr.repr(line) + ")";
    }
}
