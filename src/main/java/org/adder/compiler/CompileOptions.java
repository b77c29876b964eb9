package org.adder.compiler;

import java.util.function.Consumer;

/**
 * How to compile a tree, beyond the tree and its file name: {@code compile()}'s {@code optimize}
 * and {@code flags}, how deep the AST optimiser and the symbol table may recurse, and where each
 * SyntaxWarning goes as soon as it is issued (so that the warnings before an error are not lost).
 *
 * @param optimize        the optimisation level (-1 and 0 alike: no {@code -O})
 * @param flags           {@code compile()}'s flags
 * @param recursionLimit  the depth budget of statements, expressions and patterns: CPython's 3000
 *                        less the C stack its caller had used when compile started, so each tool has
 *                        its own figure ({@link #COMPILE_BUILTIN} for {@code compile()} from Python)
 * @param warnings        receives each SyntaxWarning as it is issued; null to keep them only in the result
 */
public record CompileOptions(int optimize, CompileFlags flags, int recursionLimit,
                             Consumer<CompileErrors.Warning> warnings) {
    // Recursion budgets measured on CPython 3.12.1: 3000 less twice the C recursion depth at which
    // each caller starts compiling (one level for the eval loop, one per C call in between).

    /** {@code python3.12 FILE}, {@code -c CODE} and {@code -} (stdin): nothing on the C stack yet. */
    public static final int RUN_SCRIPT = 3000;
    /**
     * {@code compile()} or {@code symtable.symtable()} from Python code through a call site the
     * interpreter has specialised (any call after the first at that site), at any frame depth.
     */
    public static final int COMPILE_BUILTIN = org.adder.symtable.SymbolTable.DEFAULT_RECURSION_LIMIT;
    /**
     * The first call through a call site, still generic, which enters one more C level: what a
     * script calling {@code compile()} once sees (the notebook, the oracles' codedump.py and
     * symtable_dump.py, so the tour).
     */
    public static final int COMPILE_BUILTIN_FIRST_CALL = 2994;
    /** {@code python3.12 -m dis}, {@code -m py_compile} and {@code -m compileall} (every file). */
    public static final int STDLIB_TOOL = 2988;

    public CompileOptions {
        if (flags == null) {
            flags = CompileFlags.NONE;
        }
    }

    /** {@code compile(..., optimize=optimize, dont_inherit=True)} from Python code. */
    public static CompileOptions of(int optimize) {
        return new CompileOptions(optimize, CompileFlags.NONE, COMPILE_BUILTIN, null);
    }

    public CompileOptions withFlags(CompileFlags f) {
        return new CompileOptions(optimize, f, recursionLimit, warnings);
    }

    public CompileOptions withFlags(int bits) {
        return withFlags(CompileFlags.of(bits));
    }

    public CompileOptions withRecursionLimit(int limit) {
        return new CompileOptions(optimize, flags, limit, warnings);
    }

    public CompileOptions withWarnings(Consumer<CompileErrors.Warning> sink) {
        return new CompileOptions(optimize, flags, recursionLimit, sink);
    }
}
