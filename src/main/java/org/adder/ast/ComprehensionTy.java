// Generated from src/main/asdl/Python.asdl by org.adder.ast.gen.AsdlGenerator; do not edit.
package org.adder.ast;

/** ASDL product type {@code comprehension(expr target, expr iter, expr* ifs, int is_async)}. */
public final class ComprehensionTy extends AstNode {
    private static final java.util.List<String> FIELDS = java.util.List.of("target", "iter", "ifs", "is_async");

    public final ExprTy target;
    public final ExprTy iter;
    public final java.util.List<ExprTy> ifs;
    public final int isAsync;

    public ComprehensionTy(ExprTy target, ExprTy iter, java.util.List<ExprTy> ifs, int isAsync) {
        this.target = target;
        this.iter = iter;
        this.ifs = ifs == null ? java.util.List.of() : ifs;
        this.isAsync = isAsync;
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitComprehension(this);
    }

    @Override
    public String typeName() {
        return "comprehension";
    }

    @Override
    public java.util.List<String> fieldNames() {
        return FIELDS;
    }

    @Override
    public Object field(int i) {
        return switch (i) {
            case 0 -> target;
            case 1 -> iter;
            case 2 -> ifs;
            case 3 -> isAsync;
            default -> throw new IndexOutOfBoundsException(i);
        };
    }
}
