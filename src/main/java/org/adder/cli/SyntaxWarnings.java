package org.adder.cli;

import org.adder.compiler.CompileErrors;
import org.adder.objects.PySyntaxError;
import org.adder.tokenize.Tokenizer;

/**
 * Compile-time warnings as the warnings module prints them ({@code warnings.formatwarning}):
 * {@code FILE:LINE: Category: message}, then the source line, stripped and indented by two
 * spaces, when linecache can read it back from the file named (never for {@code <string>} or
 * {@code <stdin>}). CPython warns without a registry here, so the same warning on the same line
 * prints each time it is issued.
 */
final class SyntaxWarnings {
    private SyntaxWarnings() {
    }

    /** @param lines the file's text, or null when the warnings module could not read it */
    static String format(String filename, int lineno, String category, String message, String lines) {
        String head = filename + ":" + lineno + ": " + category + ": " + message + "\n";
        String line = PySyntaxError.sourceLine(lines, lineno);
        return line == null || line.strip().isEmpty() ? head : head + "  " + line.strip() + "\n";
    }

    /** A warning of the tokenizer or parser. */
    static String format(String filename, Tokenizer.Warning w, String lines) {
        return format(filename, w.lineno(), w.category(), w.message(), lines);
    }

    /** A warning of the compiler. */
    static String format(CompileErrors.Warning w, String lines) {
        return format(w.filename(), w.lineno(), "SyntaxWarning", w.message(), lines);
    }
}
