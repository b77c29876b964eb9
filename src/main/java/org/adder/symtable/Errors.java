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
                line(source, lineno), endLineno, endOffset);
    }

    static PyException recursion() {
        return new PyException("RecursionError", "maximum recursion depth exceeded during compilation");
    }

    /** Line {@code lineno} (1-based) of {@code source} with its newline, or null. */
    static String line(String source, int lineno) {
        if (source == null || lineno < 1) {
            return null;
        }
        int start = 0;
        for (int n = 1; n < lineno; n++) {
            int nl = source.indexOf('\n', start);
            if (nl < 0) {
                return null;
            }
            start = nl + 1;
        }
        int end = source.indexOf('\n', start);
        return end < 0 ? source.substring(start) : source.substring(start, end + 1);
    }
}
