// Generated from src/main/asdl/Python.asdl by org.adder.ast.gen.AsdlGenerator; do not edit.
package org.adder.ast;

/** ASDL sum type {@code type_ignore}. */
public abstract sealed class TypeIgnoreTy extends AstNode
        permits TypeIgnoreTy.TypeIgnore {

    /** {@code TypeIgnore(int lineno, string tag)} */
    public static final class TypeIgnore extends TypeIgnoreTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("lineno", "tag");

        public final int lineno;
        public final String tag;

        public TypeIgnore(int lineno, String tag) {
            this.lineno = lineno;
            this.tag = tag;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitTypeIgnore(this);
        }

        @Override
        public String typeName() {
            return "TypeIgnore";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> lineno;
                case 1 -> tag;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }
}
