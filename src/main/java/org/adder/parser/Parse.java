package org.adder.parser;

import org.adder.ast.ModTy;
import org.adder.objects.PySyntaxError;

/**
 * The parser's front door: {@code compile(source, filename, mode, PyCF_ONLY_AST)} as
 * {@code ast.parse} calls it. The tools ({@code adder -m ast}, the tour) reach the parser only
 * through here.
 */
public final class Parse {
    private Parse() {
    }

    /**
     * Parses {@code source} (undecoded bytes, as CPython reads a file) in {@code mode}
     * ({@code "exec"}, {@code "eval"}, {@code "single"} or {@code "func_type"}) into a
     * {@code Module}, {@code Expression}, {@code Interactive} or {@code FunctionType}; with
     * {@code typeComments}, type comments are kept as {@code ast.parse(type_comments=True)} does.
     *
     * @throws PySyntaxError as CPython raises it (message and position)
     */
    public static ModTy parse(byte[] source, String filename, String mode, boolean typeComments) {
        throw new UnsupportedOperationException("the parser is not built yet");
    }
}
