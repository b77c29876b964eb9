// Generated from src/main/asdl/Python.asdl by org.adder.ast.gen.AsdlGenerator; do not edit.
package org.adder.ast;

/** ASDL product type {@code keyword(identifier? arg, expr value)}. */
public final class KeywordTy extends AstNode {
    private static final java.util.List<String> FIELDS = java.util.List.of("arg", "value");

    public final String arg;
    public final ExprTy value;

    public KeywordTy(String arg, ExprTy value, int lineno, int colOffset, int endLineno, int endColOffset) {
        this.arg = arg;
        this.value = value;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitKeyword(this);
    }

    @Override
    public String typeName() {
        return "keyword";
    }

    @Override
    public java.util.List<String> fieldNames() {
        return FIELDS;
    }

    @Override
    public Object field(int i) {
        return switch (i) {
            case 0 -> arg;
            case 1 -> value;
            default -> throw new IndexOutOfBoundsException(i);
        };
    }

    private static final java.util.List<String> ATTRIBUTES = java.util.List.of("lineno", "col_offset", "end_lineno", "end_col_offset");

    public final int lineno;
    public final int colOffset;
    public final int endLineno;
    public final int endColOffset;

    @Override
    public final java.util.List<String> attributeNames() {
        return ATTRIBUTES;
    }

    @Override
    public final int attribute(int i) {
        return switch (i) {
            case 0 -> lineno;
            case 1 -> colOffset;
            case 2 -> endLineno;
            case 3 -> endColOffset;
            default -> throw new IndexOutOfBoundsException(i);
        };
    }
}
