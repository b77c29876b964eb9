// Generated from src/main/asdl/Python.asdl by org.adder.ast.gen.AsdlGenerator; do not edit.
package org.adder.ast;

/** ASDL {@code expr_context}: CPython's singleton nodes such as {@code Load()}. */
public enum ExprContextTy {
    Load, Store, Del
}
