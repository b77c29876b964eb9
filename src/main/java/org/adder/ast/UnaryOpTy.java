// Generated from src/main/asdl/Python.asdl by org.adder.ast.gen.AsdlGenerator; do not edit.
package org.adder.ast;

/** ASDL {@code unaryop}: CPython's singleton nodes such as {@code Invert()}. */
public enum UnaryOpTy {
    Invert, Not, UAdd, USub
}
