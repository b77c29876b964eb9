package org.adder.symtable;

/** Which comprehension a function block implements, if any ({@code _Py_comprehension_ty}). */
public enum ComprehensionType {
    NONE, LIST, DICT, SET, GENERATOR;

    /** What {@code 'yield' inside ...} calls it. */
    String describe() {
        return switch (this) {
            case LIST -> "list comprehension";
            case SET -> "set comprehension";
            case DICT -> "dict comprehension";
            default -> "generator expression";
        };
    }
}
