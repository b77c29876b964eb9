// Generated from src/main/asdl/Python.asdl by org.adder.ast.gen.AsdlGenerator; do not edit.
package org.adder.ast;

/** ASDL {@code operator}: CPython's singleton nodes such as {@code Add()}. */
public enum OperatorTy {
    Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
}
