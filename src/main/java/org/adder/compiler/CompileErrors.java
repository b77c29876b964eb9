package org.adder.compiler;

import org.adder.objects.PyException;
import org.adder.objects.PySyntaxError;

/**
 * The compiler's diagnostics as CPython raises and prints them: SyntaxErrors positioned at the
 * node (offsets are the AST's byte columns plus one, unconverted, as {@code _PyCompile_Error}
 * passes them), and SyntaxWarnings ({@code compiler_warn}).
 */
public final class CompileErrors {
    private CompileErrors() {
    }

    /** A compile-time SyntaxError. */
    public static final class Failure extends PySyntaxError {
        Failure(String msg, String filename, int lineno, int offset, String text, int endLineno, int endOffset) {
            super(Kind.SYNTAX_ERROR, msg, filename, lineno, offset, text, endLineno, endOffset);
        }
    }

    /** A defect of the compiler itself (CPython's SystemError): never expected on valid trees. */
    public static final class Internal extends PyException {
        Internal(String message) {
            super("SystemError", message);
        }
    }

    /** A SyntaxWarning, which the tools print as the warnings module does. */
    public record Warning(String filename, int lineno, String message) {
    }

    static Failure error(String filename, String source, Location loc, String msg) {
        return new Failure(msg, filename, loc.lineno(), loc.col() + 1, PySyntaxError.sourceLine(source, loc.lineno()),
                loc.endLineno(), loc.endCol() + 1);
    }
}
