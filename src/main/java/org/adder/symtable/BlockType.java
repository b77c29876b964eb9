package org.adder.symtable;

/**
 * What kind of namespace a block is ({@code _Py_block_ty}). The three PEP 695 annotation scopes
 * behave alike; they are separate kinds only so that error messages can name them. Declared in
 * CPython's order, so that {@code ordinal()} is the value {@code _symtable} reports as {@code .type}.
 */
public enum BlockType {
    FUNCTION("function"),
    CLASS("class"),
    MODULE("module"),
    /** An annotation under {@code from __future__ import annotations}: never evaluated, never a child. */
    ANNOTATION("annotation"),
    TYPE_VAR_BOUND("TypeVar bound"),
    TYPE_ALIAS("type alias"),
    TYPE_PARAM("type parameter");

    /** The name {@code symtable.SymbolTable.get_type()} returns. */
    public final String pythonName;

    BlockType(String pythonName) {
        this.pythonName = pythonName;
    }

    /** Functions and the annotation scopes: their locals are fast locals and visible to nested blocks. */
    public boolean isFunctionLike() {
        return this == FUNCTION || this == TYPE_VAR_BOUND || this == TYPE_ALIAS || this == TYPE_PARAM;
    }
}
