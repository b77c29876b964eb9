package org.adder.symtable;

import org.adder.objects.PyException;
import org.adder.objects.PySyntaxError;

/** The exceptions the symbol table raises, positioned as CPython positions them. */
final class Errors {
    private Errors() {
    }

    /**
     * A SyntaxError at the given 1-based offsets (CPython passes the AST's byte columns plus one,
     * unconverted), with the source line as its text when the source is known.
     */
    static PySyntaxError at(String filename, String source, String msg, int lineno, int offset, int endLineno,
                            int endOffset) {
        return new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, msg, filename, lineno, offset,
                PySyntaxError.sourceLine(source, lineno), endLineno, endOffset);
    }

    static PyException recursion() {
        return new PyException("RecursionError", "maximum recursion depth exceeded during compilation");
    }
}
