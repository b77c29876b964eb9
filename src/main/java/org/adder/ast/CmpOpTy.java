// Generated from src/main/asdl/Python.asdl by org.adder.ast.gen.AsdlGenerator; do not edit.
package org.adder.ast;

/** ASDL {@code cmpop}: CPython's singleton nodes such as {@code Eq()}. */
public enum CmpOpTy {
    Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn
}
