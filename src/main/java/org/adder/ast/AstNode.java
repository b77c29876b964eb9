// Generated from src/main/asdl/Python.asdl by org.adder.ast.gen.AsdlGenerator; do not edit.
package org.adder.ast;

/**
 * A node of Python's abstract syntax tree, as generated from Python.asdl. Besides its public
 * fields, every node describes itself the way CPython's {@code ast} module does (the class
 * name, {@code _fields}, {@code _attributes}), which is what {@link AstDump} prints.
 */
public abstract class AstNode {
    AstNode() {
    }

    public abstract <R> R accept(AstVisitor<R> visitor);

    /** The Python class name, e.g. {@code "BinOp"} or {@code "arguments"}. */
    public abstract String typeName();

    /** {@code _fields}: the field names in ASDL order and spelling. */
    public abstract java.util.List<String> fieldNames();

    /**
     * The value of field {@code i} of {@link #fieldNames()}: an AstNode, an enum constant, a
     * {@code List}, a {@code String}, an {@code Integer}, a {@code PyObject}, or null.
     */
    public abstract Object field(int i);

    /** {@code _attributes}: the position attributes' names, empty for nodes without positions. */
    public java.util.List<String> attributeNames() {
        return java.util.List.of();
    }

    /** The value of attribute {@code i} of {@link #attributeNames()}. */
    public int attribute(int i) {
        throw new IndexOutOfBoundsException(i);
    }
}
