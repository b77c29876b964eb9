// Generated from src/main/asdl/Python.asdl by org.adder.ast.gen.AsdlGenerator; do not edit.
package org.adder.ast;

/** ASDL sum type {@code excepthandler}. */
public abstract sealed class ExceptHandlerTy extends AstNode
        permits ExceptHandlerTy.ExceptHandler {
    private static final java.util.List<String> ATTRIBUTES = java.util.List.of("lineno", "col_offset", "end_lineno", "end_col_offset");

    public final int lineno;
    public final int colOffset;
    public final int endLineno;
    public final int endColOffset;

    ExceptHandlerTy(int lineno, int colOffset, int endLineno, int endColOffset) {
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
    }

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

    /** {@code ExceptHandler(expr? type, identifier? name, stmt* body)} */
    public static final class ExceptHandler extends ExceptHandlerTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("type", "name", "body");

        public final ExprTy type;
        public final String name;
        public final java.util.List<StmtTy> body;

        public ExceptHandler(ExprTy type, String name, java.util.List<StmtTy> body, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.type = type;
            this.name = name;
            this.body = body == null ? java.util.List.of() : body;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitExceptHandler(this);
        }

        @Override
        public String typeName() {
            return "ExceptHandler";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> type;
                case 1 -> name;
                case 2 -> body;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }
}
