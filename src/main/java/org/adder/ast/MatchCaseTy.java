// Generated from src/main/asdl/Python.asdl by org.adder.ast.gen.AsdlGenerator; do not edit.
package org.adder.ast;

/** ASDL product type {@code match_case(pattern pattern, expr? guard, stmt* body)}. */
public final class MatchCaseTy extends AstNode {
    private static final java.util.List<String> FIELDS = java.util.List.of("pattern", "guard", "body");

    public final PatternTy pattern;
    public final ExprTy guard;
    public final java.util.List<StmtTy> body;

    public MatchCaseTy(PatternTy pattern, ExprTy guard, java.util.List<StmtTy> body) {
        this.pattern = pattern;
        this.guard = guard;
        this.body = body == null ? java.util.List.of() : body;
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitMatchCase(this);
    }

    @Override
    public String typeName() {
        return "match_case";
    }

    @Override
    public java.util.List<String> fieldNames() {
        return FIELDS;
    }

    @Override
    public Object field(int i) {
        return switch (i) {
            case 0 -> pattern;
            case 1 -> guard;
            case 2 -> body;
            default -> throw new IndexOutOfBoundsException(i);
        };
    }
}
