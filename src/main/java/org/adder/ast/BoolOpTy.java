// Generated from src/main/asdl/Python.asdl by org.adder.ast.gen.AsdlGenerator; do not edit.
package org.adder.ast;

/** ASDL {@code boolop}: CPython's singleton nodes such as {@code And()}. */
public enum BoolOpTy {
    And, Or
}
