package org.adder.tokenize;

import org.adder.objects.PySyntaxError;

/**
 * A SyntaxError (or IndentationError, TabError) raised by the tokenizer.
 *
 * <p>{@link #reason} tells the parser what CPython's tokenizer did. {@link Reason#ERROR}: it
 * raised the exception itself (syntaxerror(): PyErr is set), and the error is final as it is.
 * Any other reason: it only set {@code tok->done} and returned ERRORTOKEN, and pegen makes the
 * error; in the parser's flavour this exception already carries pegen's message and location
 * (an unclosed bracket at EOF is "'(' was never closed" at the bracket). The difference matters
 * to pegen's _PyPegen_tokenize_full_source_to_check_for_errors: after a parser error it
 * tokenizes on, and a done-state error with brackets open since before the error's line turns
 * into "'(' was never closed" ({@link Tokenizer#level()}, {@link Tokenizer#bracketLine(int)}),
 * while a raised tokenizer error replaces the parser's.
 *
 * <p>Offsets are 1-based characters, as CPython reports them for text and for bytes with a coding
 * cookie. (For bytes without a cookie, {@code tok->encoding} is NULL and pegen leaves the
 * offsets of the errors it makes in bytes; the parser can count them off {@link #text}.)
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
