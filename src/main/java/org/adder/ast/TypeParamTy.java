// Generated from src/main/asdl/Python.asdl by org.adder.ast.gen.AsdlGenerator; do not edit.
package org.adder.ast;

/** ASDL sum type {@code type_param}. */
public abstract sealed class TypeParamTy extends AstNode
        permits TypeParamTy.TypeVar, TypeParamTy.ParamSpec, TypeParamTy.TypeVarTuple {
    private static final java.util.List<String> ATTRIBUTES = java.util.List.of("lineno", "col_offset", "end_lineno", "end_col_offset");

    public final int lineno;
    public final int colOffset;
    public final int endLineno;
    public final int endColOffset;

    TypeParamTy(int lineno, int colOffset, int endLineno, int endColOffset) {
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

    /** {@code TypeVar(identifier name, expr? bound)} */
    public static final class TypeVar extends TypeParamTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("name", "bound");

        public final String name;
        public final ExprTy bound;

        public TypeVar(String name, ExprTy bound, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.name = name;
            this.bound = bound;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitTypeVar(this);
        }

        @Override
        public String typeName() {
            return "TypeVar";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> name;
                case 1 -> bound;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code ParamSpec(identifier name)} */
    public static final class ParamSpec extends TypeParamTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("name");

        public final String name;

        public ParamSpec(String name, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.name = name;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitParamSpec(this);
        }

        @Override
        public String typeName() {
            return "ParamSpec";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> name;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code TypeVarTuple(identifier name)} */
    public static final class TypeVarTuple extends TypeParamTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("name");

        public final String name;

        public TypeVarTuple(String name, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.name = name;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitTypeVarTuple(this);
        }

        @Override
        public String typeName() {
            return "TypeVarTuple";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> name;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }
}
