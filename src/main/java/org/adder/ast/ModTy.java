// Generated from src/main/asdl/Python.asdl by org.adder.ast.gen.AsdlGenerator; do not edit.
package org.adder.ast;

/** ASDL sum type {@code mod}. */
public abstract sealed class ModTy extends AstNode
        permits ModTy.Module, ModTy.Interactive, ModTy.Expression, ModTy.FunctionType {

    /** {@code Module(stmt* body, type_ignore* type_ignores)} */
    public static final class Module extends ModTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("body", "type_ignores");

        public final java.util.List<StmtTy> body;
        public final java.util.List<TypeIgnoreTy> typeIgnores;

        public Module(java.util.List<StmtTy> body, java.util.List<TypeIgnoreTy> typeIgnores) {
            this.body = body == null ? java.util.List.of() : body;
            this.typeIgnores = typeIgnores == null ? java.util.List.of() : typeIgnores;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitModule(this);
        }

        @Override
        public String typeName() {
            return "Module";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> body;
                case 1 -> typeIgnores;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code Interactive(stmt* body)} */
    public static final class Interactive extends ModTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("body");

        public final java.util.List<StmtTy> body;

        public Interactive(java.util.List<StmtTy> body) {
            this.body = body == null ? java.util.List.of() : body;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitInteractive(this);
        }

        @Override
        public String typeName() {
            return "Interactive";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> body;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code Expression(expr body)} */
    public static final class Expression extends ModTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("body");

        public final ExprTy body;

        public Expression(ExprTy body) {
            this.body = body;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitExpression(this);
        }

        @Override
        public String typeName() {
            return "Expression";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> body;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code FunctionType(expr* argtypes, expr returns)} */
    public static final class FunctionType extends ModTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("argtypes", "returns");

        public final java.util.List<ExprTy> argtypes;
        public final ExprTy returns;

        public FunctionType(java.util.List<ExprTy> argtypes, ExprTy returns) {
            this.argtypes = argtypes == null ? java.util.List.of() : argtypes;
            this.returns = returns;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitFunctionType(this);
        }

        @Override
        public String typeName() {
            return "FunctionType";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> argtypes;
                case 1 -> returns;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }
}
