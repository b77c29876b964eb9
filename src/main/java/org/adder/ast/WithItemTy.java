// Generated from src/main/asdl/Python.asdl by org.adder.ast.gen.AsdlGenerator; do not edit.
package org.adder.ast;

/** ASDL product type {@code withitem(expr context_expr, expr? optional_vars)}. */
public final class WithItemTy extends AstNode {
    private static final java.util.List<String> FIELDS = java.util.List.of("context_expr", "optional_vars");

    public final ExprTy contextExpr;
    public final ExprTy optionalVars;

    public WithItemTy(ExprTy contextExpr, ExprTy optionalVars) {
        this.contextExpr = contextExpr;
        this.optionalVars = optionalVars;
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitWithItem(this);
    }

    @Override
    public String typeName() {
        return "withitem";
    }

    @Override
    public java.util.List<String> fieldNames() {
        return FIELDS;
    }

    @Override
    public Object field(int i) {
        return switch (i) {
            case 0 -> contextExpr;
            case 1 -> optionalVars;
            default -> throw new IndexOutOfBoundsException(i);
        };
    }
}
