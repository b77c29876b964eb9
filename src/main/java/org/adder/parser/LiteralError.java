package org.adder.parser;

/**
 * A literal CPython rejects while computing its value ({@link StringLiterals},
 * {@link NumberLiterals}); {@link #getMessage()} is the SyntaxError's message, which the parser
 * raises at the token (see each decoder for the exact position CPython reports).
 */
public final class LiteralError extends RuntimeException {
    public LiteralError(String message) {
        super(message, null, false, false);
    }
}
