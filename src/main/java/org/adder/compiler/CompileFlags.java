package org.adder.compiler;

import java.util.Map;
import org.adder.objects.PyException;
import org.adder.symtable.FutureFeatures;

/**
 * The {@code flags} argument of {@code compile()}: CPython's {@code PyCF_*} bits, which change
 * how a source compiles, and the {@code CO_FUTURE_*} bits, which act as if the module began with
 * {@code from __future__ import ...}. Adder compiles with {@code dont_inherit=True} always: a
 * Java caller has no Python frame whose future imports could be inherited.
 *
 * <p>PyCF_ALLOW_TOP_LEVEL_AWAIT acts in the compiler; PyCF_ONLY_AST, PyCF_TYPE_COMMENTS,
 * CO_FUTURE_BARRY_AS_BDFL, PyCF_DONT_IMPLY_DEDENT and PyCF_ALLOW_INCOMPLETE_INPUT in the parser
 * ({@code cli.SourceCompile.compile}, {@code parser.Parse.Options}); every future bit goes into
 * each code object's flags (and annotations become strings).
 */
public record CompileFlags(int bits) {
    public static final int PyCF_SOURCE_IS_UTF8 = 0x0100;
    public static final int PyCF_DONT_IMPLY_DEDENT = 0x0200;
    public static final int PyCF_ONLY_AST = 0x0400;
    public static final int PyCF_IGNORE_COOKIE = 0x0800;
    public static final int PyCF_TYPE_COMMENTS = 0x1000;
    public static final int PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
    public static final int PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;

    public static final int CO_FUTURE_DIVISION = 0x20000;
    public static final int CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
    public static final int CO_FUTURE_WITH_STATEMENT = 0x80000;
    public static final int CO_FUTURE_PRINT_FUNCTION = 0x100000;
    public static final int CO_FUTURE_UNICODE_LITERALS = 0x200000;
    public static final int CO_FUTURE_BARRY_AS_BDFL = FutureFeatures.CO_FUTURE_BARRY_AS_BDFL;
    public static final int CO_FUTURE_GENERATOR_STOP = 0x800000;
    public static final int CO_FUTURE_ANNOTATIONS = FutureFeatures.CO_FUTURE_ANNOTATIONS;

    /** The names Python code knows the bits by ({@code ast.PyCF_*}, {@code __future__.*.compiler_flag}). */
    public static final Map<String, Integer> NAMES = Map.ofEntries(
            Map.entry("PyCF_DONT_IMPLY_DEDENT", PyCF_DONT_IMPLY_DEDENT),
            Map.entry("PyCF_ONLY_AST", PyCF_ONLY_AST),
            Map.entry("PyCF_TYPE_COMMENTS", PyCF_TYPE_COMMENTS),
            Map.entry("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyCF_ALLOW_TOP_LEVEL_AWAIT),
            Map.entry("PyCF_ALLOW_INCOMPLETE_INPUT", PyCF_ALLOW_INCOMPLETE_INPUT),
            Map.entry("division", CO_FUTURE_DIVISION),
            Map.entry("absolute_import", CO_FUTURE_ABSOLUTE_IMPORT),
            Map.entry("with_statement", CO_FUTURE_WITH_STATEMENT),
            Map.entry("print_function", CO_FUTURE_PRINT_FUNCTION),
            Map.entry("unicode_literals", CO_FUTURE_UNICODE_LITERALS),
            Map.entry("barry_as_FLUFL", CO_FUTURE_BARRY_AS_BDFL),
            Map.entry("generator_stop", CO_FUTURE_GENERATOR_STOP),
            Map.entry("annotations", CO_FUTURE_ANNOTATIONS));

    /** {@code PyCF_MASK}: the future features, which also end up in every code object's flags. */
    public static final int FUTURE_MASK = CO_FUTURE_DIVISION | CO_FUTURE_ABSOLUTE_IMPORT | CO_FUTURE_WITH_STATEMENT
            | CO_FUTURE_PRINT_FUNCTION | CO_FUTURE_UNICODE_LITERALS | CO_FUTURE_BARRY_AS_BDFL
            | CO_FUTURE_GENERATOR_STOP | CO_FUTURE_ANNOTATIONS;
    /** {@code PyCF_COMPILE_MASK}: the flags that change compiling itself. */
    public static final int COMPILE_MASK = PyCF_ONLY_AST | PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_TYPE_COMMENTS
            | PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT;
    /** {@code CO_NESTED}, which compile() still accepts and ignores. */
    private static final int OBSOLETE_MASK = 0x0010;

    /** No flags: what {@code compile(source, filename, mode)} compiles with. */
    public static final CompileFlags NONE = new CompileFlags(0);

    /**
     * The flags {@code compile()} takes, checked as it checks them.
     *
     * @throws PyException {@code ValueError: compile(): unrecognised flags} for any other bit
     */
    public static CompileFlags of(int bits) {
        if ((bits & ~(FUTURE_MASK | COMPILE_MASK | OBSOLETE_MASK)) != 0) {
            throw new PyException("ValueError", "compile(): unrecognised flags");
        }
        return bits == 0 ? NONE : new CompileFlags(bits);
    }

    public boolean has(int flag) {
        return (bits & flag) != 0;
    }

    /** The future features these flags turn on, before the module's own future imports. */
    public int futureFeatures() {
        return bits & FUTURE_MASK;
    }

    public boolean allowTopLevelAwait() {
        return has(PyCF_ALLOW_TOP_LEVEL_AWAIT);
    }

    public boolean onlyAst() {
        return has(PyCF_ONLY_AST);
    }

    public boolean typeComments() {
        return has(PyCF_TYPE_COMMENTS);
    }
}
