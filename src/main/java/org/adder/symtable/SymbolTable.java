package org.adder.symtable;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import org.adder.ast.ModTy;

/**
 * The symbol table of one module ({@code struct symtable}): every block, found by the AST object
 * that opened it, with the scope of every name decided. The compiler asks it what CPython's
 * compile.c asks {@code PySTEntryObject}s.
 *
 * <p>Blocks are keyed by identity: a function, class, lambda, comprehension or type alias by its
 * node; a TypeVar bound by its {@code TypeParamTy.TypeVar}; the type-parameter block of a generic
 * def/class/type alias by that statement's {@code typeParams} list; an annotation block (only under
 * {@code from __future__ import annotations}) by the annotation or the def that owns it.
 */
public final class SymbolTable {
    public final String filename;
    public final FutureFeatures future;
    private final SymtableEntry top;
    private final Map<Object, SymtableEntry> blocks;

    SymbolTable(String filename, FutureFeatures future, SymtableEntry top, IdentityHashMap<Object, SymtableEntry> blocks) {
        this.filename = filename;
        this.future = future;
        this.top = top;
        this.blocks = Collections.unmodifiableMap(blocks);
    }

    /**
     * Builds the table of {@code mod} as {@code symtable.symtable(source, filename, mode)} does:
     * future features read from the module, then both passes. {@code source} only supplies an
     * error's {@code text}: CPython re-reads the line from the file named {@code filename}, so pass
     * the file's text when compiling a file and null when compiling a string (CPython's text is None).
     */
    public static SymbolTable build(ModTy mod, String filename, String source) {
        return build(mod, filename, source, FutureFeatures.of(mod, filename, source, 0));
    }

    /** Builds the table of {@code mod} with the future features the compiler already read. */
    public static SymbolTable build(ModTy mod, String filename, String source, FutureFeatures future) {
        return build(mod, filename, source, future, DEFAULT_RECURSION_LIMIT);
    }

    /** The depth budget of {@code compile()} and {@code symtable.symtable()} called from Python code. */
    public static final int DEFAULT_RECURSION_LIMIT = 2996;

    /**
     * Builds the table with the caller's depth budget: CPython's 3000 less the C stack its caller
     * had used when the pass started (each tool has its own figure).
     */
    public static SymbolTable build(ModTy mod, String filename, String source, FutureFeatures future,
                                    int recursionLimit) {
        SymtableBuilder builder = new SymtableBuilder(filename, source, future, recursionLimit);
        SymtableEntry top;
        try {
            top = builder.run(mod);
            new SymtableAnalyzer(filename, source).analyze(top);
        } catch (StackOverflowError e) {
            // a thread with a small stack, before the depth limit CPython would have applied
            throw Errors.recursion();
        }
        return new SymbolTable(filename, future, top, builder.blocks());
    }

    /** The module's block ({@code st_top}), named {@code top}. */
    public SymtableEntry top() {
        return top;
    }

    /** The block opened by {@code key} ({@code PySymtable_Lookup}); null when there is none. */
    public SymtableEntry lookup(Object key) {
        return blocks.get(key);
    }
}
