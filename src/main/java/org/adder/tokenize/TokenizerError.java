package org.adder.tokenize;

import org.adder.objects.PySyntaxError;

/**
 * A SyntaxError (or IndentationError, TabError) raised by the tokenizer. {@link #reason} tells
 * the parser which of CPython's tokenizer states ended tokenizing: pegen turns those states into
 * errors with its own messages and locations (an unclosed bracket becomes "'(' was never closed"
 * at the bracket, see {@link Tokenizer#level()}), while errors with reason {@link Reason#ERROR}
 * are final as raised.
 */
public final class TokenizerError extends PySyntaxError {
    /** CPython's tokenizer states ({@code tok->done}) that end tokenizing with an error. */
    public enum Reason {
        /** A syntax error reported where it was found (syntaxerror() in CPython): final. */
        ERROR,
        /** End of input inside brackets or after a line continuation (E_EOF). */
        EOF,
        /** A dedent to a column no enclosing block has (E_DEDENT). */
        DEDENT,
        /** Indentation whose meaning depends on the tab size (E_TABSPACE). */
        TABSPACE,
        /** More than 100 indentation levels (E_TOODEEP). */
        TOODEEP,
        /** A character after a line-continuation backslash (E_LINECONT). */
        LINECONT
    }

    public final Reason reason;

    TokenizerError(Reason reason, Kind kind, String msg, String filename, int lineno, int offset, String text,
                   int endLineno, int endOffset) {
        super(kind, msg, filename, lineno, offset, text, endLineno, endOffset);
        this.reason = reason;
    }
}
